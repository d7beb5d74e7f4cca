// notify(tx, event): what every service that hands someone work calls, inside its own transaction.
// It writes the in-app notifications, one outbox row per outside channel the person wants, and a
// job per row (graphile-worker, keyed by the row), all committed or rolled back with the event.
// Sending happens later, in the job runner, never while the event's transaction holds its locks.
import type { Prisma } from '@/lib/generated/prisma/client';
import { berlakuPadaFilter, calendarDay } from '@/lib/domain/jabatan/acting';
import type { NotifikasiEvent } from '@/lib/domain/notifikasi/event';
import { isJenisNotifikasi, type KanalLuar } from '@/lib/domain/notifikasi/jenis';
import { bacaPreferensi, rencanakanPengiriman } from '@/lib/domain/notifikasi/preferensi';
import { enqueueJobs } from '@/lib/jobs/queue';
import { kanalAktif } from './kanal';
import { resolvePenerima } from './resolve-penerima';

export interface NotifyOptions {
  /** The person whose action this is: they are not told of their own act. */
  actorPegawaiId?: string | null;
  now?: Date;
  /** The outside channels configured on this instance (tests pass their own). */
  kanal?: readonly KanalLuar[];
}

export async function notify(tx: Prisma.TransactionClient, event: NotifikasiEvent, options: NotifyOptions = {}): Promise<number> {
  const now = options.now ?? new Date();
  const drafts = await resolvePenerima(tx, event, options.actorPegawaiId ?? null, now);
  if (drafts.length === 0) return 0;

  const day = calendarDay(now);
  const people = await tx.pegawai.findMany({
    where: { id: { in: [...new Set(drafts.map((d) => d.pegawaiId))] }, aktif: true },
    select: {
      id: true,
      email: true,
      nomorWhatsapp: true,
      // Push goes to the person's subscribed devices, read when it leaves: one is enough to plan it.
      langgananPush: { select: { id: true }, take: 1 },
      preferensiNotifikasi: { select: { kanal: true, jamTenangMulai: true, jamTenangSelesai: true, ringkasanHarian: true } },
      // Pejabat (a structural post today) get the defaults made for deciding on the move.
      penugasan: { where: { ...berlakuPadaFilter(day), jabatan: { jenis: 'STRUKTURAL' } }, select: { id: true }, take: 1 },
    },
  });
  const byId = new Map(people.map((p) => [p.id, p]));

  const created = await tx.notifikasi.createManyAndReturn({
    data: drafts
      .filter((d) => byId.has(d.pegawaiId))
      .map((d) => ({ pegawaiId: d.pegawaiId, jenis: d.jenis, kunci: d.kunci, jabatanId: d.jabatanId, judul: d.judul, pesan: d.pesan, tautan: d.tautan, createdAt: now })),
    // A sweep that meets the same deadline again writes nothing the second time.
    skipDuplicates: true,
    select: { id: true, pegawaiId: true, jenis: true },
  });

  const kanal = options.kanal ?? kanalAktif();
  const plans = created.flatMap((n) => {
    const p = byId.get(n.pegawaiId)!;
    if (!isJenisNotifikasi(n.jenis)) return [];
    const preferensi = bacaPreferensi(p.preferensiNotifikasi, p.penugasan.length > 0);
    return rencanakanPengiriman({ jenis: n.jenis, preferensi, alamat: { EMAIL: p.email, WHATSAPP: p.nomorWhatsapp, PUSH: p.langgananPush.length > 0 ? p.id : null }, kanalAktif: kanal, now }).map((r) => ({ ...r, notifikasiId: n.id }));
  });
  if (plans.length > 0) {
    const rows = await tx.pengirimanNotifikasi.createManyAndReturn({
      data: plans.map((r) => ({ notifikasiId: r.notifikasiId, kanal: r.kanal, tujuan: r.tujuan, ringkasan: r.ringkasan, createdAt: now })),
      select: { id: true, notifikasiId: true, kanal: true, ringkasan: true },
    });
    const runAt = new Map(plans.map((r) => [`${r.notifikasiId}|${r.kanal}`, r.runAt]));
    await enqueueJobs(
      tx,
      rows
        .filter((r) => !r.ringkasan)
        .map((r) => ({ task: 'kirim-notifikasi', payload: { pengirimanId: r.id }, jobKey: `kirim-notifikasi:${r.id}`, runAt: runAt.get(`${r.notifikasiId}|${r.kanal}`) })),
    );
  }
  return created.length;
}
