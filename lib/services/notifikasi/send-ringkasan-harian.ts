import { prisma } from '@/lib/db';
import { publicBaseUrl } from '@/lib/public-url';
import { kanalTerpasang } from './kanal';
import type { KanalTerpasang } from './kanal/types';

/**
 * The daily digest: per person and channel, one message listing what was held back for it. Each
 * group is marked sent when its message went out, so a retry after a failed group resends nothing.
 */
export async function sendRingkasanHarian(kanal: KanalTerpasang = kanalTerpasang(), now = new Date()): Promise<number> {
  const rows = await prisma.pengirimanNotifikasi.findMany({
    where: { status: 'MENUNGGU', ringkasan: true, createdAt: { lte: now } },
    orderBy: { createdAt: 'asc' },
    select: { id: true, kanal: true, tujuan: true, notifikasi: { select: { pegawaiId: true, judul: true, pegawai: { select: { nama: true } } } } },
  });
  const groups = new Map<string, typeof rows>();
  for (const r of rows) {
    const key = `${r.notifikasi.pegawaiId}|${r.kanal}|${r.tujuan}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
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
        pesan: group.map((r) => `- ${r.notifikasi.judul}`).join('\n'),
        tautan: `${publicBaseUrl()}/notifikasi`,
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
