import { prisma } from '@/lib/db';
import { publicBaseUrl } from '@/lib/public-url';
import { kanalTerpasang } from './kanal';
import type { KanalTerpasang } from './kanal/types';

export interface SendAttempt {
  /** This attempt's number and the last one the queue will make (graphile-worker's job fields). */
  attempt: number;
  maxAttempts: number;
}

/**
 * Sends one outbox row on its channel. A row already sent is skipped, so a job run twice (a crash
 * after sending, before the queue recorded success) sends at most once more, and the channel's
 * idempotency key (Message-ID, Idempotency-Key) lets the provider drop that copy. No transaction is
 * open while the provider is called. A failure is recorded and thrown, for the queue's backoff.
 */
export async function sendPengiriman(pengirimanId: string, attempt: SendAttempt, kanal: KanalTerpasang = kanalTerpasang()): Promise<'TERKIRIM' | 'SUDAH'> {
  const row = await prisma.pengirimanNotifikasi.findUnique({
    where: { id: pengirimanId },
    select: { id: true, kanal: true, tujuan: true, status: true, notifikasi: { select: { judul: true, pesan: true, tautan: true, pegawai: { select: { nama: true } } } } },
  });
  if (!row || row.status !== 'MENUNGGU') return 'SUDAH';
  const channel = kanal[row.kanal];
  try {
    if (!channel) throw new Error(`kanal ${row.kanal} tidak dikonfigurasi`);
    const n = row.notifikasi;
    const jalur = n.tautan ?? '/notifikasi';
    await channel.kirim(row.tujuan, { id: row.id, namaPenerima: n.pegawai.nama, judul: n.judul, pesan: n.pesan, tautan: `${publicBaseUrl()}${jalur}`, jalur });
  } catch (error) {
    const galat = error instanceof Error ? error.message : String(error);
    await prisma.pengirimanNotifikasi.updateMany({
      where: { id: row.id, status: 'MENUNGGU' },
      data: { percobaan: { increment: 1 }, galat: galat.slice(0, 500), ...(attempt.attempt >= attempt.maxAttempts ? { status: 'GAGAL' as const } : {}) },
    });
    throw error;
  }
  await prisma.pengirimanNotifikasi.updateMany({ where: { id: row.id, status: 'MENUNGGU' }, data: { status: 'TERKIRIM', terkirimAt: new Date(), percobaan: { increment: 1 }, galat: null } });
  return 'TERKIRIM';
}
