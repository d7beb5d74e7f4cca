// Every event that hands someone work: who is notified, in which words, on which channel. The
// services are called as the app calls them, so the notify() wiring is tested too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { giveDisposisiSchema } from '@/lib/domain/disposisi/give-schema';
import { calendarDay } from '@/lib/domain/jabatan/acting';
import { giveDisposisi } from '@/lib/services/disposisi/give-disposisi';
import { reportTindakLanjut } from '@/lib/services/disposisi/report-tindak-lanjut';
import { openSurat } from '@/lib/services/surat-masuk/open-surat';
import { createKonsep } from '@/lib/services/naskah/create-konsep';
import { saveKonsep } from '@/lib/services/naskah/save-konsep';
import { submitForReview } from '@/lib/services/naskah/submit-for-review';
import { approveNaskah } from '@/lib/services/naskah/approve-naskah';
import { returnToDrafter } from '@/lib/services/naskah/return-to-drafter';
import { signNaskah } from '@/lib/services/tanda-tangan/sign-naskah';
import { notify } from '@/lib/services/notifikasi/notify';
import { sweepTenggat } from '@/lib/services/notifikasi/sweep-tenggat';
import { actorFor } from '../support/actors';
import { assign, createJabatan, createPegawai, createDisposisiWorld, deliverLetter } from '../support/factories';
import { passThroughSigner } from '../support/fake-signers';
import { createNaskahMenungguTandaTangan, createSigningWorld } from '../support/naskah-factories';
import { createDraftingWorld, saveInput } from '../naskah/drafting-world';
import { setEnv } from '../support/env';

let restoreEnv: () => void;
beforeAll(async () => {
  // Channels configured (nothing is sent in this file: no job runner runs here).
  restoreEnv = setEnv({ SMTP_URL: 'smtp://127.0.0.1:9', WHATSAPP_GATEWAY_URL: 'http://127.0.0.1:9/send' });
  // Prisma compiles each query shape on its first use; on this shared machine (load average near 40
  // on 2 cores) the first event's compiling alone can pass the 5 s interactive-transaction timeout.
  const w = await createDisposisiWorld();
  const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Pemanasan' });
  const disposisi = await prisma.disposisi.create({ data: { naskahId: delivery.naskahId, deliveryId: delivery.id, dariJabatanId: w.kepalaJabatan.id, dariPegawaiId: w.kepala.id, instruksi: [], penerima: { create: [{ jabatanId: w.kabid.jabatan.id, dariJabatanId: w.kepalaJabatan.id }] } } });
  await prisma.$transaction((tx) => notify(tx, { jenis: 'DISPOSISI_DITERIMA', disposisiId: disposisi.id }), { timeout: 120_000 });
});
afterAll(() => restoreEnv());

const give = (naskahId: string, penerima: string[], extra: Record<string, unknown> = {}) => giveDisposisiSchema.parse({ naskahId, penerima, instruksi: ['Untuk ditindaklanjuti'], ...extra });

async function withWhatsapp(pegawaiId: string) {
  await prisma.pegawai.update({ where: { id: pegawaiId }, data: { nomorWhatsapp: `628${Math.floor(1e9 + Math.random() * 9e9)}` } });
}

/** A person's notifications of one kind, with the channels their outbox rows are for. */
async function received(pegawaiId: string, jenis?: string) {
  const rows = await prisma.notifikasi.findMany({ where: { pegawaiId, ...(jenis ? { jenis } : {}) }, orderBy: { createdAt: 'asc' }, include: { pengiriman: true } });
  return rows.map((n) => ({ ...n, kanal: n.pengiriman.map((p) => p.kanal).sort() }));
}

async function jobFor(pengirimanId: string) {
  const rows = await prisma.$queryRaw<{ task_identifier: string; run_at: Date }[]>`SELECT task_identifier, run_at FROM graphile_worker.jobs WHERE key = ${`kirim-notifikasi:${pengirimanId}`}`;
  return rows[0] ?? null;
}

describe('disposisi events', () => {
  it('a disposisi reaches the recipient post (e-mail and WhatsApp for a pejabat) with a job per channel, not the giver', async () => {
    const w = await createDisposisiWorld();
    await withWhatsapp(w.kabid.pegawai.id);
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Undangan rapat anggaran' });
    await giveDisposisi(await actorFor(w.kepala.id), give(delivery.naskahId, [w.kabid.jabatan.id], { batasWaktu: calendarDay(new Date(Date.now() + 5 * 86_400_000)) }));

    const [n] = await received(w.kabid.pegawai.id, 'DISPOSISI_DITERIMA');
    expect(n).toMatchObject({ judul: 'Disposisi baru', tautan: `/surat-masuk/${delivery.naskahId}`, jabatanId: w.kabid.jabatan.id });
    expect(n!.pesan).toContain('"Undangan rapat anggaran"');
    expect(n!.pesan).toContain('batas waktu');
    expect(n!.kanal).toEqual(['EMAIL', 'WHATSAPP']);
    for (const p of n!.pengiriman) expect(await jobFor(p.id)).toMatchObject({ task_identifier: 'kirim-notifikasi' });
    expect(await received(w.kepala.id)).toEqual([]);
  });

  it('a Rahasia letter is never named: "Ada surat RAHASIA untuk Anda", no perihal in the bell or outbox', async () => {
    const w = await createDisposisiWorld();
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Penyelidikan pengadaan lahan', rahasia: true });
    await giveDisposisi(await actorFor(w.kepala.id), give(delivery.naskahId, [w.kabid.jabatan.id]));
    const [n] = await received(w.kabid.pegawai.id, 'DISPOSISI_DITERIMA');
    expect(n!.judul).toBe('Ada surat RAHASIA untuk Anda');
    expect(`${n!.judul} ${n!.pesan}`).not.toContain('Penyelidikan');
  });

  it('a post held by a Plt. notifies the Plt., saying in which post', async () => {
    const w = await createDisposisiWorld();
    const kosong = await createJabatan(w.opd.id, { parentId: w.kepalaJabatan.id, level: 2, nama: 'Kepala Bidang Kosong' });
    const plt = await createPegawai(w.instansi.id, w.opd.id);
    await assign(plt.id, kosong.id, 'PLT', '2020-01-01');
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Laporan triwulan' });
    await giveDisposisi(await actorFor(w.kepala.id), give(delivery.naskahId, [kosong.id]));
    const [n] = await received(plt.id, 'DISPOSISI_DITERIMA');
    expect(n!.pesan).toContain('(sebagai Plt. Kepala Bidang Kosong)');
    expect(n!.jabatanId).toBe(kosong.id);
  });

  it('a deadline that passed more than three days before the sweep is not news: nobody is notified', async () => {
    const w = await createDisposisiWorld();
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Surat tenggat lama' });
    const now = new Date();
    await giveDisposisi(await actorFor(w.kepala.id), give(delivery.naskahId, [w.kabid.jabatan.id], { batasWaktu: calendarDay(new Date(now.getTime() + 86_400_000)) }));

    // The deadline (end of tomorrow, WIB) passed about four days before this sweep.
    await sweepTenggat(new Date(now.getTime() + 6 * 86_400_000));
    expect(await received(w.kabid.pegawai.id, 'TENGGAT_LEWAT')).toEqual([]);
    expect(await received(w.kepala.id, 'TENGGAT_LEWAT')).toEqual([]);
    // Two days after it passed, it still is.
    await sweepTenggat(new Date(now.getTime() + 3 * 86_400_000));
    expect(await received(w.kabid.pegawai.id, 'TENGGAT_LEWAT')).toHaveLength(1);
  });

  it('tindak lanjut reaches the giver; deadlines tomorrow and passed are swept once each', async () => {
    const w = await createDisposisiWorld();
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Surat tenggat' });
    const now = new Date();
    await giveDisposisi(await actorFor(w.kepala.id), give(delivery.naskahId, [w.kabid.jabatan.id], { batasWaktu: calendarDay(new Date(now.getTime() + 86_400_000)) }));

    expect((await sweepTenggat(now)).besok).toBeGreaterThanOrEqual(1);
    await sweepTenggat(now);
    expect(await received(w.kabid.pegawai.id, 'TENGGAT_BESOK')).toHaveLength(1);

    const later = new Date(now.getTime() + 3 * 86_400_000);
    await sweepTenggat(later);
    await sweepTenggat(later);
    expect(await received(w.kabid.pegawai.id, 'TENGGAT_LEWAT')).toHaveLength(1);
    const [toGiver] = await received(w.kepala.id, 'TENGGAT_LEWAT');
    expect(toGiver!.pesan).toMatch(/^Disposisi Anda kepada .* melewati batas waktu/);

    const kabid = await actorFor(w.kabid.pegawai.id);
    const penerima = (await openSurat(kabid, delivery.naskahId)).disposisi[0]!.penerima[0]!;
    await reportTindakLanjut(kabid, { penerimaDisposisiId: penerima.id, catatan: 'Sudah dikerjakan.', selesai: true });
    const [done] = await received(w.kepala.id, 'TINDAK_LANJUT_DILAPORKAN');
    expect(done).toMatchObject({ judul: 'Disposisi diselesaikan', tautan: `/surat-masuk/${delivery.naskahId}` });
    expect(await received(w.kabid.pegawai.id, 'TINDAK_LANJUT_DILAPORKAN')).toEqual([]);
  });
});

describe('naskah events', () => {
  it('paraf awaited in turn, konsep returned to the drafter, signature awaited after the last paraf', async () => {
    const w = await createDraftingWorld();
    const staf = await actorFor(w.staf.pegawai.id);
    const { naskahId } = await createKonsep(staf, { jenis: 'SURAT_UNDANGAN' });
    await saveKonsep(staf, saveInput(naskahId, w));
    await submitForReview(staf, { naskahId, verifikator: [w.kasi.jabatan.id, w.kabid.jabatan.id] });
    expect(await received(w.kasi.pegawai.id, 'PARAF_DITUNGGU')).toMatchObject([{ tautan: `/perlu-verifikasi/${naskahId}` }]);
    expect(await received(w.kabid.pegawai.id, 'PARAF_DITUNGGU')).toEqual([]);

    await approveNaskah(await actorFor(w.kasi.pegawai.id), naskahId);
    expect(await received(w.kabid.pegawai.id, 'PARAF_DITUNGGU')).toHaveLength(1);

    await returnToDrafter(await actorFor(w.kabid.pegawai.id), { naskahId, catatan: 'Perbaiki tanggal.' });
    const [returned] = await received(w.staf.pegawai.id, 'KONSEP_DIKEMBALIKAN');
    expect(returned).toMatchObject({ tautan: `/konsep/${naskahId}` });
    expect(returned!.pesan).toContain(w.kabid.jabatan.nama);
    // Staff (a pelaksana post) get this on e-mail only by default.
    expect(returned!.kanal).toEqual(['EMAIL']);

    await submitForReview(staf, { naskahId, verifikator: [w.kabid.jabatan.id] });
    await approveNaskah(await actorFor(w.kabid.pegawai.id), naskahId);
    expect(await received(w.kepala.id, 'TANDA_TANGAN_DITUNGGU')).toMatchObject([{ tautan: `/tanda-tangan/${naskahId}` }]);
  });

  it('signed: drafter and verifikator told it was signed, tujuan and tembusan told it arrived, the signer nothing', async () => {
    const w = await createSigningWorld();
    const naskah = await createNaskahMenungguTandaTangan(w, { perihal: 'Rapat evaluasi SPBE' });
    await signNaskah({ actor: await actorFor(w.kepala.id), naskahId: naskah.id, passphrase: 'Rahasia#Uji123' }, passThroughSigner());

    for (const id of [w.staf.pegawai.id, w.kabid.pegawai.id]) expect(await received(id, 'NASKAH_DITANDATANGANI')).toHaveLength(1);
    const [tujuan] = await received(w.kabid2.pegawai.id, 'SURAT_DITERIMA');
    expect(tujuan).toMatchObject({ judul: 'Surat masuk', tautan: `/surat-masuk/${naskah.id}` });
    const [tembusan] = await received(w.sekretaris.pegawai.id, 'SURAT_DITERIMA');
    expect(tembusan!.judul).toBe('Tembusan surat masuk');
    expect(await received(w.kepala.id)).toEqual([]);
  });

  it('a failed signature tells the signer why', async () => {
    const w = await createSigningWorld();
    const naskah = await createNaskahMenungguTandaTangan(w);
    await expect(signNaskah({ actor: await actorFor(w.kepala.id), naskahId: naskah.id, passphrase: 'Rahasia#Uji123' }, passThroughSigner({ failWith: 'UNAVAILABLE' }))).rejects.toThrow();
    const [n] = await received(w.kepala.id, 'TANDA_TANGAN_GAGAL');
    expect(n).toMatchObject({ judul: 'Penandatanganan gagal', tautan: `/tanda-tangan/${naskah.id}` });
    expect(n!.pesan).toContain('tidak dapat dihubungi');
  });
});

describe('people events and preferences', () => {
  it('a new Plt. hears of the work waiting in the post; a certificate warning is written once per key', async () => {
    const w = await createDisposisiWorld();
    const kosong = await createJabatan(w.opd.id, { parentId: w.kepalaJabatan.id, level: 2, nama: 'Kepala Bidang Sementara' });
    await deliverLetter(w.opd.id, kosong.id, { perihal: 'Menunggu pejabat' });
    const plt = await createPegawai(w.instansi.id, w.opd.id);
    const penugasan = await assign(plt.id, kosong.id, 'PLT', '2020-01-01');
    await prisma.$transaction((tx) => notify(tx, { jenis: 'PENUGASAN_PELAKSANA', penugasanId: penugasan.id }));
    const [n] = await received(plt.id, 'PENUGASAN_PELAKSANA');
    expect(n).toMatchObject({ judul: 'Anda ditunjuk sebagai Plt. Kepala Bidang Sementara', jabatanId: kosong.id });
    expect(n!.pesan).toMatch(/^1 pekerjaan menunggu/);

    const event = { jenis: 'SERTIFIKAT_AKAN_KEDALUWARSA' as const, pegawaiId: w.kepala.id, berlakuSampai: new Date('2026-12-20T00:00:00Z'), kunci: 'sertifikat:uji-1:30' };
    await prisma.$transaction((tx) => notify(tx, event));
    await prisma.$transaction((tx) => notify(tx, event));
    const certs = await received(w.kepala.id, 'SERTIFIKAT_AKAN_KEDALUWARSA');
    expect(certs).toHaveLength(1);
    expect(certs[0]!.pesan).toContain('20 Desember 2026');
  });

  it('preferences: a channel turned off, quiet hours delay the job, the digest holds the row back', async () => {
    const w = await createDisposisiWorld();
    await withWhatsapp(w.kabid.pegawai.id);
    const kanal = { DISPOSISI_DITERIMA: ['EMAIL'] };
    await prisma.preferensiNotifikasi.create({ data: { pegawaiId: w.kabid.pegawai.id, kanal, jamTenangMulai: 21, jamTenangSelesai: 6 } });
    const kepala = await actorFor(w.kepala.id);
    // 23.00 WIB: inside the quiet hours, so the e-mail waits until 06.00 WIB (23.00 UTC).
    const malam = new Date('2026-11-29T16:00:00Z');
    const first = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Surat malam' });
    await giveDisposisi(kepala, give(first.naskahId, [w.kabid.jabatan.id]), malam);
    const [n] = await received(w.kabid.pegawai.id, 'DISPOSISI_DITERIMA');
    expect(n!.kanal).toEqual(['EMAIL']);
    expect((await jobFor(n!.pengiriman[0]!.id))!.run_at.toISOString()).toBe('2026-11-29T23:00:00.000Z');

    await prisma.preferensiNotifikasi.update({ where: { pegawaiId: w.kabid.pegawai.id }, data: { jamTenangMulai: null, jamTenangSelesai: null, ringkasanHarian: true } });
    const second = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Surat ringkasan' });
    await giveDisposisi(kepala, give(second.naskahId, [w.kabid.jabatan.id]));
    const rows = await received(w.kabid.pegawai.id, 'DISPOSISI_DITERIMA');
    const digest = rows[1]!.pengiriman[0]!;
    expect(digest).toMatchObject({ kanal: 'EMAIL', ringkasan: true, status: 'MENUNGGU' });
    expect(await jobFor(digest.id)).toBeNull();
  });

  it('an inactive pegawai gets nothing, and a person without a WhatsApp number gets no WhatsApp row', async () => {
    const w = await createDisposisiWorld();
    await prisma.pegawai.update({ where: { id: w.kabid2.pegawai.id }, data: { aktif: false } });
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Dua penerima' });
    await giveDisposisi(await actorFor(w.kepala.id), give(delivery.naskahId, [w.kabid.jabatan.id, w.kabid2.jabatan.id]));
    expect(await received(w.kabid2.pegawai.id)).toEqual([]);
    expect((await received(w.kabid.pegawai.id, 'DISPOSISI_DITERIMA'))[0]!.kanal).toEqual(['EMAIL']);
  });
});
