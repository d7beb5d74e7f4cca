import { prisma } from '@/lib/db';
import { jamRingkasan, jamWib } from '@/lib/domain/notifikasi/preferensi';
import { publicBaseUrl } from '@/lib/public-url';
import { kanalTerpasang } from './kanal';
import type { KanalTerpasang } from './kanal/types';

/**
 * The daily digest, run at the top of every hour (`now` is the hour's tick): per person and channel,
 * one message listing what was held back for them, sent in the hour their digest is due (07.00 WIB,
 * or when their quiet hours covering it end). Each group is marked sent when its message went out,
 * so a second run of the same hour, or a retry after a failed group, resends nothing.
 */
export async function sendRingkasanHarian(kanal: KanalTerpasang = kanalTerpasang(), now = new Date()): Promise<number> {
  const rows = await prisma.pengirimanNotifikasi.findMany({
    where: { status: 'MENUNGGU', ringkasan: true, createdAt: { lte: now } },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      kanal: true,
      tujuan: true,
      notifikasi: {
        select: {
          pegawaiId: true,
          judul: true,
          pesan: true,
          tautan: true,
          pegawai: { select: { nama: true, preferensiNotifikasi: { select: { jamTenangMulai: true, jamTenangSelesai: true } } } },
        },
      },
    },
  });
  const jam = jamWib(now);
  const groups = new Map<string, typeof rows>();
  for (const r of rows) {
    const tenang = r.notifikasi.pegawai.preferensiNotifikasi ?? { jamTenangMulai: null, jamTenangSelesai: null };
    if (jamRingkasan(tenang) !== jam) continue;
    const key = `${r.notifikasi.pegawaiId}|${r.kanal}|${r.tujuan}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const base = publicBaseUrl();
  let sent = 0;
  const failures: string[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const channel = kanal[first.kanal];
    if (!channel) continue;
    try {
      await channel.kirim(first.tujuan, {
        id: first.id,
        namaPenerima: first.notifikasi.pegawai.nama,
        judul: `Ringkasan harian: ${group.length} kabar untuk Anda`,
        pesan: group.map((r) => `- ${r.notifikasi.judul}: ${r.notifikasi.pesan}\n  ${base}${r.notifikasi.tautan ?? '/notifikasi'}`).join('\n'),
        tautan: `${base}/notifikasi`,
        jalur: '/notifikasi',
      });
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
      continue;
    }
    await prisma.pengirimanNotifikasi.updateMany({ where: { id: { in: group.map((r) => r.id) }, status: 'MENUNGGU' }, data: { status: 'TERKIRIM', terkirimAt: new Date() } });
    sent += 1;
  }
  if (failures.length) throw new Error(`ringkasan harian: ${failures.length} pesan gagal (${failures[0]})`);
  return sent;
}
