import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { PESAN_AKUN_LAIN, PESAN_JABATAN_LAIN, tindakanLuringSchema, type JenisTindakanLuring } from '@/lib/domain/offline/tindakan-luring-schema';
import { withdrawDisposisi } from '@/lib/services/disposisi/withdraw-disposisi';
import { applyTindakanLuring } from '@/lib/services/offline/apply-tindakan-luring';
import { jalankanSekali } from '@/lib/services/offline/sekali-per-kunci';
import { giveDisposisi } from '@/lib/services/disposisi/give-disposisi';
import { giveDisposisiSchema } from '@/lib/domain/disposisi/give-schema';
import { DomainError } from '@/lib/domain/errors';
import { PESAN_JAM_PERANGKAT, PESAN_TINDAKAN_KEDALUWARSA, SIMPAN_KUNCI_LURING_HARI, UMUR_TINDAKAN_LURING_HARI } from '@/lib/domain/offline/umur-tindakan';
import { sapuKunciLuring } from '@/lib/jobs/sapu-kunci-luring';
import type { Actor } from '@/lib/authz/actor';
import { actorFor } from '../support/actors';
import { createDisposisiWorld, deliverLetter } from '../support/factories';

/** The envelope a phone sends, parsed by the route's own schema. */
const envelope = (actor: Actor, jenis: JenisTindakanLuring, data: Record<string, string | string[]>, kunci = randomUUID()) =>
  tindakanLuringSchema.parse({ kunci, pegawaiId: actor.pegawaiId, jabatanId: actor.activePost!.jabatanId, dibuatDi: new Date().toISOString(), jenis, data });

describe('actions a phone made offline', () => {
  it('applies a disposisi once, however often (and however concurrently) the phone sends it', async () => {
    const w = await createDisposisiWorld();
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Undangan rapat luring' });
    const kepala = await actorFor(w.kepala.id);
    const input = envelope(kepala, 'disposisi', { naskahId: delivery.naskahId, penerima: [w.kabid.jabatan.id], instruksi: ['Untuk ditindaklanjuti'] });

    const answers = await Promise.all(Array.from({ length: 5 }, () => applyTindakanLuring(kepala, input)));
    expect(answers.filter((a) => a.status === 'DITERAPKAN').length).toBeGreaterThanOrEqual(1);
    expect(await prisma.disposisi.count({ where: { naskahId: delivery.naskahId } })).toBe(1);
    // A late replay is answered from the record and runs nothing.
    expect(await applyTindakanLuring(kepala, input)).toEqual({ status: 'DITERAPKAN', pesan: 'Disposisi terkirim.' });
    expect(await prisma.disposisi.count({ where: { naskahId: delivery.naskahId } })).toBe(1);
    expect(await prisma.tindakanLuring.findUniqueOrThrow({ where: { kunci: input.kunci } })).toMatchObject({ status: 'DITERAPKAN', pegawaiId: w.kepala.id, jenis: 'disposisi' });
  });

  it('refuses on arrival with the reason when the disposisi was withdrawn before the report came', async () => {
    const w = await createDisposisiWorld();
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Surat yang ditarik' });
    const kepala = await actorFor(w.kepala.id);
    const kabid = await actorFor(w.kabid.pegawai.id);
    const given = await applyTindakanLuring(kepala, envelope(kepala, 'disposisi', { naskahId: delivery.naskahId, penerima: [w.kabid.jabatan.id], instruksi: ['Untuk ditindaklanjuti'] }));
    expect(given.status).toBe('DITERAPKAN');
    // The kabid reports offline (from the notification, before the letter was marked read);
    // meanwhile the kepala withdraws the disposisi.
    const penerima = await prisma.penerimaDisposisi.findFirstOrThrow({ where: { jabatanId: w.kabid.jabatan.id, disposisi: { naskahId: delivery.naskahId } } });
    const report = envelope(kabid, 'tindak-lanjut', { penerimaDisposisiId: penerima.id, catatan: 'Sudah dikerjakan.', selesai: 'on' });
    const disposisi = await prisma.disposisi.findFirstOrThrow({ where: { naskahId: delivery.naskahId } });
    await withdrawDisposisi(kepala, disposisi.id);

    const answer = await applyTindakanLuring(kabid, report);
    expect(answer.status).toBe('DITOLAK');
    expect(answer.pesan).toMatch(/\S/);
    expect(await prisma.tindakLanjut.count({ where: { penerimaDisposisiId: penerima.id } })).toBe(0);
    // The refusal is final for that key: the same report sent again is not applied later.
    expect(await applyTindakanLuring(kabid, report)).toEqual(answer);
  });

  it('refuses an action made by another account or as another post, and invalid stored fields', async () => {
    const w = await createDisposisiWorld();
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Surat akun lain' });
    const kepala = await actorFor(w.kepala.id);
    const kabid = await actorFor(w.kabid.pegawai.id);
    const byKepala = envelope(kepala, 'disposisi', { naskahId: delivery.naskahId, penerima: [w.kabid.jabatan.id], instruksi: ['Untuk ditindaklanjuti'] });

    expect(await applyTindakanLuring(kabid, byKepala)).toEqual({ status: 'DITOLAK', pesan: PESAN_AKUN_LAIN });
    expect(await applyTindakanLuring(kepala, { ...byKepala, jabatanId: w.kabid.jabatan.id })).toEqual({ status: 'DITOLAK', pesan: PESAN_JABATAN_LAIN });
    expect(await prisma.tindakanLuring.count({ where: { kunci: byKepala.kunci } })).toBe(0);
    // Once claimed by the kepala, the same key sent by someone else tells them nothing of it.
    await applyTindakanLuring(kepala, byKepala);
    expect(await applyTindakanLuring(kabid, { ...byKepala, pegawaiId: kabid.pegawaiId, jabatanId: kabid.activePost!.jabatanId })).toEqual({ status: 'DITOLAK', pesan: PESAN_AKUN_LAIN });

    const upward = await applyTindakanLuring(kabid, envelope(kabid, 'disposisi', { naskahId: delivery.naskahId, penerima: [w.kepalaJabatan.id], instruksi: ['Untuk ditindaklanjuti'] }));
    expect(upward.status).toBe('DITOLAK');
    const noRecipient = await applyTindakanLuring(kepala, envelope(kepala, 'disposisi', { naskahId: delivery.naskahId, instruksi: ['Untuk ditindaklanjuti'] }));
    expect(noRecipient).toEqual({ status: 'DITOLAK', pesan: 'Pilih sedikitnya satu penerima disposisi.' });
    expect(await prisma.disposisi.count({ where: { naskahId: delivery.naskahId } })).toBe(1);
  });

  it('applies once a disposisi sent online whose answer was lost, when the phone then sends its queued copy under the same key', async () => {
    const w = await createDisposisiWorld();
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Jawaban yang hilang di jalan' });
    const kepala = await actorFor(w.kepala.id);
    const data = { naskahId: delivery.naskahId, penerima: [w.kabid.jabatan.id], instruksi: ['Untuk ditindaklanjuti'] };
    const queued = envelope(kepala, 'disposisi', data);
    // The online form's action (giveDisposisiAction) with the submit's key: it ran, the answer never arrived.
    expect(await jalankanSekali(kepala, queued.kunci, 'disposisi', () => giveDisposisi(kepala, giveDisposisiSchema.parse(data)))).toBeNull();
    expect(await prisma.disposisi.count({ where: { naskahId: delivery.naskahId } })).toBe(1);
    // The phone queued the same fields under the same key and sends them: answered from the record.
    expect(await applyTindakanLuring(kepala, queued)).toEqual({ status: 'DITERAPKAN', pesan: 'Disposisi terkirim.' });
    // And the online form sent again with that key (a double tap that raced) runs nothing either.
    expect(await jalankanSekali(kepala, queued.kunci, 'disposisi', () => Promise.reject(new Error('must not run')))).toEqual({ status: 'DITERAPKAN', pesan: 'Disposisi terkirim.' });
    expect(await prisma.disposisi.count({ where: { naskahId: delivery.naskahId } })).toBe(1);

    // A refusal online is thrown as before (the form shows it) and recorded for its key: the queued copy is not applied later.
    const kunci = randomUUID();
    const ditolak = await jalankanSekali(kepala, kunci, 'disposisi', () => Promise.reject(new DomainError('Surat ini sudah diarsipkan.'))).catch((e: unknown) => e);
    expect(ditolak).toBeInstanceOf(DomainError);
    expect(await applyTindakanLuring(kepala, { ...queued, kunci })).toEqual({ status: 'DITOLAK', pesan: 'Surat ini sudah diarsipkan.' });
    expect(await prisma.disposisi.count({ where: { naskahId: delivery.naskahId } })).toBe(1);
    // Without a key (a form that cannot be queued, or no secure context) it simply runs.
    let ran = 0;
    expect(await jalankanSekali(kepala, undefined, 'disposisi', async () => void ran++)).toBeNull();
    expect(ran).toBe(1);
  });

  it('marks a letter read that was opened offline', async () => {
    const w = await createDisposisiWorld();
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Dibaca di jalan' });
    const kepala = await actorFor(w.kepala.id);
    expect((await applyTindakanLuring(kepala, envelope(kepala, 'baca', { naskahId: delivery.naskahId }))).status).toBe('DITERAPKAN');
    expect((await prisma.delivery.findUniqueOrThrow({ where: { id: delivery.id } })).readAt).not.toBeNull();
  });

  it('refuses an action made offline too long ago, or stamped by a clock far ahead, but answers a late copy of one applied with what happened', async () => {
    const w = await createDisposisiWorld();
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Disposisi yang lama tertahan' });
    const kepala = await actorFor(w.kepala.id);
    const data = { naskahId: delivery.naskahId, penerima: [w.kabid.jabatan.id], instruksi: ['Untuk ditindaklanjuti'] };
    const now = new Date();
    const hari = (n: number) => new Date(now.getTime() + n * 86_400_000).toISOString();

    const lama = tindakanLuringSchema.parse({ ...envelope(kepala, 'disposisi', data), dibuatDi: hari(-UMUR_TINDAKAN_LURING_HARI - 1) });
    expect(await applyTindakanLuring(kepala, lama, now)).toEqual({ status: 'DITOLAK', pesan: PESAN_TINDAKAN_KEDALUWARSA });
    const depan = tindakanLuringSchema.parse({ ...envelope(kepala, 'disposisi', data), dibuatDi: hari(400) });
    expect(await applyTindakanLuring(kepala, depan, now)).toEqual({ status: 'DITOLAK', pesan: PESAN_JAM_PERANGKAT });
    expect(await prisma.disposisi.count({ where: { naskahId: delivery.naskahId } })).toBe(0);
    // The refusal is final for that key, whatever clock the next send says.
    expect(await applyTindakanLuring(kepala, { ...depan, dibuatDi: now }, now)).toEqual({ status: 'DITOLAK', pesan: PESAN_JAM_PERANGKAT });

    // Made 13 days ago (a fortnight up-country) it still applies; a copy arriving later is answered from the record.
    const tertahan = tindakanLuringSchema.parse({ ...envelope(kepala, 'disposisi', data), dibuatDi: hari(-UMUR_TINDAKAN_LURING_HARI + 1) });
    expect(await applyTindakanLuring(kepala, tertahan, now)).toEqual({ status: 'DITERAPKAN', pesan: 'Disposisi terkirim.' });
    expect(await applyTindakanLuring(kepala, tertahan, new Date(now.getTime() + 3 * 86_400_000))).toEqual({ status: 'DITERAPKAN', pesan: 'Disposisi terkirim.' });
    expect(await prisma.disposisi.count({ where: { naskahId: delivery.naskahId } })).toBe(1);
  });

  it('forgets keys past their keep, in batches, and a copy arriving after the sweep is refused by its age, not applied again', async () => {
    const w = await createDisposisiWorld();
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Kunci yang disapu' });
    const kepala = await actorFor(w.kepala.id);
    const data = { naskahId: delivery.naskahId, penerima: [w.kabid.jabatan.id], instruksi: ['Untuk ditindaklanjuti'] };
    const now = new Date();
    const hariLalu = (n: number) => new Date(now.getTime() - n * 86_400_000);

    // Sent online SIMPAN + 1 days ago with the phone's clock a day ahead; its answer was lost and the copy waited on the phone.
    const dulu = hariLalu(SIMPAN_KUNCI_LURING_HARI + 1);
    const salinan = tindakanLuringSchema.parse({ ...envelope(kepala, 'disposisi', data), dibuatDi: new Date(dulu.getTime() + 86_400_000).toISOString() });
    expect(await jalankanSekali(kepala, salinan.kunci, 'disposisi', () => giveDisposisi(kepala, giveDisposisiSchema.parse(data), dulu), dulu)).toBeNull();
    // Other keys: old ones of this person (past the keep) and a recent one (kept).
    const tua = Array.from({ length: 7 }, () => ({ kunci: randomUUID(), pegawaiId: kepala.pegawaiId, jenis: 'baca', status: 'DITERAPKAN' as const, dibuatDi: dulu, createdAt: hariLalu(SIMPAN_KUNCI_LURING_HARI + 3) }));
    const baru = { kunci: randomUUID(), pegawaiId: kepala.pegawaiId, jenis: 'baca', status: 'DITERAPKAN' as const, dibuatDi: hariLalu(SIMPAN_KUNCI_LURING_HARI - 1), createdAt: hariLalu(SIMPAN_KUNCI_LURING_HARI - 1) };
    await prisma.tindakanLuring.createMany({ data: [...tua, baru] });

    const { dihapus } = await sapuKunciLuring({ now, perBatch: 3 });
    expect(dihapus).toBeGreaterThanOrEqual(8);
    const tersisa = await prisma.tindakanLuring.findMany({ where: { kunci: { in: [salinan.kunci, baru.kunci, ...tua.map((t) => t.kunci)] } }, select: { kunci: true } });
    expect(tersisa.map((t) => t.kunci)).toEqual([baru.kunci]);
    expect(await prisma.tindakanLuring.count({ where: { createdAt: { lt: hariLalu(SIMPAN_KUNCI_LURING_HARI) } } })).toBe(0);

    expect(await applyTindakanLuring(kepala, salinan, now)).toEqual({ status: 'DITOLAK', pesan: PESAN_TINDAKAN_KEDALUWARSA });
    expect(await prisma.disposisi.count({ where: { naskahId: delivery.naskahId } })).toBe(1);
  });

  it('refuses a malformed envelope at the schema (no key, unknown kind, a file-sized field)', () => {
    const base = { kunci: randomUUID(), pegawaiId: randomUUID(), jabatanId: randomUUID(), dibuatDi: new Date().toISOString(), jenis: 'disposisi', data: {} };
    expect(tindakanLuringSchema.safeParse({ ...base, kunci: 'bukan-uuid' }).success).toBe(false);
    expect(tindakanLuringSchema.safeParse({ ...base, jenis: 'tanda-tangan' }).success).toBe(false);
    expect(tindakanLuringSchema.safeParse({ ...base, data: { catatan: 'x'.repeat(4001) } }).success).toBe(false);
    expect(tindakanLuringSchema.safeParse(base).success).toBe(true);
  });
});
