import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { giveDisposisiSchema } from '@/lib/domain/disposisi/give-schema';
import { DomainError, NotFoundError } from '@/lib/domain/errors';
import { calendarDay } from '@/lib/domain/jabatan/acting';
import { giveDisposisi } from '@/lib/services/disposisi/give-disposisi';
import { listDisposisiOptions } from '@/lib/services/disposisi/list-disposisi-options';
import { reportTindakLanjut } from '@/lib/services/disposisi/report-tindak-lanjut';
import { withdrawDisposisi } from '@/lib/services/disposisi/withdraw-disposisi';
import { openSurat } from '@/lib/services/surat-masuk/open-surat';
import { listDisposisiMasuk } from '@/lib/services/disposisi/list-disposisi-masuk';
import { listDisposisiTerlambat } from '@/lib/services/disposisi/list-disposisi-terlambat';
import { getBerkasFile } from '@/lib/services/berkas/get-berkas-file';
import { asFile, fakeExecutable, tinyPdf, tinyPng } from '../../support/fixtures';
import { actorFor } from '../support/actors';
import { storedFiles } from '../support/stored-files';
import { createDisposisiWorld, deliverLetter } from '../support/factories';

const give = (naskahId: string, penerima: string[], extra: Record<string, unknown> = {}) =>
  giveDisposisiSchema.parse({ naskahId, penerima, instruksi: ['Untuk ditindaklanjuti'], ...extra });

describe('disposisi down the tree', () => {
  it('kepala -> kabid -> staf, staf reports done, and the giver sees every state with times', async () => {
    const w = await createDisposisiWorld();
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Undangan rapat koordinasi' });
    const kepala = await actorFor(w.kepala.id);

    const opened = await openSurat(kepala, delivery.naskahId);
    expect(opened.perihal).toBe('Undangan rapat koordinasi');
    expect((await prisma.delivery.findUniqueOrThrow({ where: { id: delivery.id } })).readAt).not.toBeNull();

    const options = await listDisposisiOptions(kepala);
    expect(options.recipients.map((r) => r.jabatanId)).toEqual(expect.arrayContaining([w.kabid.jabatan.id, w.staf.jabatan.id]));
    expect(options.quickRecipientIds).toContain(w.kabid.jabatan.id);
    await giveDisposisi(kepala, give(delivery.naskahId, [w.kabid.jabatan.id], { batasWaktu: calendarDay(new Date(Date.now() + 3 * 86_400_000)) }));

    const kabid = await actorFor(w.kabid.pegawai.id);
    expect((await listDisposisiMasuk(kabid)).map((d) => d.status)).toEqual(['BELUM_DIBACA']);
    const seenByKabid = await openSurat(kabid, delivery.naskahId);
    expect(seenByKabid.disposisi[0]!.penerima[0]!.status).toBe('DIBACA');
    await giveDisposisi(kabid, give(delivery.naskahId, [w.staf.jabatan.id]));

    const staf = await actorFor(w.staf.pegawai.id);
    const stafView = await openSurat(staf, delivery.naskahId);
    const toStaf = stafView.disposisi[1]!.penerima[0]!;
    await reportTindakLanjut(staf, { penerimaDisposisiId: toStaf.id, catatan: 'Sudah dihadiri, notulen terlampir.', selesai: true });

    const tree = (await openSurat(kepala, delivery.naskahId)).disposisi;
    expect(tree).toHaveLength(2);
    expect(tree[0]!.penerima[0]).toMatchObject({ status: 'DITINDAKLANJUTI' }); // kabid passed it on
    expect(tree[1]!.parentPenerimaId).toBe(tree[0]!.penerima[0]!.id);
    expect(tree[1]!.penerima[0]).toMatchObject({ status: 'SELESAI' });
    expect(tree[1]!.penerima[0]!.selesaiAt).not.toBeNull();
    expect(tree[1]!.penerima[0]!.tindakLanjut[0]!.catatan).toContain('notulen');
    expect(await prisma.auditLog.count({ where: { entityType: 'Disposisi', actorPegawaiId: { in: [w.kepala.id, w.kabid.pegawai.id] } } })).toBe(2);
  });

  it('refuses sideways, upward, other-OPD and unknown recipients, a past deadline, and writes nothing', async () => {
    const w = await createDisposisiWorld();
    const other = await createDisposisiWorld();
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Surat A' });
    const kepala = await actorFor(w.kepala.id);
    await giveDisposisi(kepala, give(delivery.naskahId, [w.kabid.jabatan.id]));
    const kabid = await actorFor(w.kabid.pegawai.id);
    const before = await prisma.disposisi.count({ where: { naskahId: delivery.naskahId } });

    await expect(giveDisposisi(kabid, give(delivery.naskahId, [w.kabid2.jabatan.id]))).rejects.toThrow('tidak ke samping atau ke atas');
    await expect(giveDisposisi(kabid, give(delivery.naskahId, [w.kepalaJabatan.id]))).rejects.toThrow('tidak ke samping atau ke atas');
    await expect(giveDisposisi(kabid, give(delivery.naskahId, [other.staf.jabatan.id]))).rejects.toThrow('tidak ditemukan');
    await expect(giveDisposisi(kabid, give(delivery.naskahId, [w.staf.jabatan.id], { batasWaktu: '2020-01-01' }))).rejects.toThrow('sebelum hari ini');
    await expect(giveDisposisi(kabid, give(delivery.naskahId, [w.staf.jabatan.id], { instruksi: ['Instruksi palsu'] }))).rejects.toThrow('daftar instruksi');
    expect(await prisma.disposisi.count({ where: { naskahId: delivery.naskahId } })).toBe(before);
    expect(giveDisposisiSchema.safeParse({ naskahId: delivery.naskahId, instruksi: ['Untuk diketahui'] }).success).toBe(false);
  });

  it('refuses a letter id of another OPD or one the post never received', async () => {
    const w = await createDisposisiWorld();
    const other = await createDisposisiWorld();
    const foreign = await deliverLetter(other.opd.id, other.kepalaJabatan.id, { perihal: 'Milik OPD lain' });
    const kepala = await actorFor(w.kepala.id);
    await expect(openSurat(kepala, foreign.naskahId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(giveDisposisi(kepala, give(foreign.naskahId, [w.kabid.jabatan.id]))).rejects.toBeInstanceOf(NotFoundError);

    const own = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Hanya untuk kepala' });
    const staf = await actorFor(w.staf.pegawai.id);
    await expect(openSurat(staf, own.naskahId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lets the giver withdraw only while unread', async () => {
    const w = await createDisposisiWorld();
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Surat B' });
    const kepala = await actorFor(w.kepala.id);
    const first = await giveDisposisi(kepala, give(delivery.naskahId, [w.kabid.jabatan.id]));
    const baru = { pegawaiId: w.kabid.pegawai.id, jenis: 'DISPOSISI_DITERIMA' };
    expect(await prisma.notifikasi.count({ where: { ...baru, readAt: null } })).toBe(1);
    await withdrawDisposisi(kepala, first.disposisiId);
    const kabid = await actorFor(w.kabid.pegawai.id);
    expect(await listDisposisiMasuk(kabid)).toEqual([]);
    // Its "Disposisi baru" asks nothing of the kabid any more: read, out of the bell's count.
    expect(await prisma.notifikasi.count({ where: { ...baru, readAt: null } })).toBe(0);
    await expect(openSurat(kabid, delivery.naskahId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(withdrawDisposisi(kepala, first.disposisiId)).rejects.toBeInstanceOf(NotFoundError);

    const second = await giveDisposisi(kepala, give(delivery.naskahId, [w.kabid.jabatan.id]));
    await openSurat(kabid, delivery.naskahId);
    await expect(withdrawDisposisi(kepala, second.disposisiId)).rejects.toBeInstanceOf(DomainError);
    await expect(withdrawDisposisi(kabid, second.disposisiId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lets the sekretaris route the pimpinan\'s letters, but not secret ones', async () => {
    const w = await createDisposisiWorld();
    const biasa = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Surat biasa' });
    const rahasia = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Surat rahasia', rahasia: true });
    const sekretaris = await actorFor(w.sekretaris.pegawai.id);
    await giveDisposisi(sekretaris, give(biasa.naskahId, [w.kabid.jabatan.id]));
    await expect(openSurat(sekretaris, rahasia.naskahId)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('security classes', () => {
  it('shows a Rahasia letter only to the posts it was delivered or disposed to', async () => {
    const w = await createDisposisiWorld();
    const rahasia = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Data pribadi pegawai', rahasia: true });
    const kepala = await actorFor(w.kepala.id);
    const kabid = await actorFor(w.kabid.pegawai.id);
    const staf = await actorFor(w.staf.pegawai.id);

    await expect(openSurat(kabid, rahasia.naskahId)).rejects.toBeInstanceOf(NotFoundError);
    await giveDisposisi(kepala, give(rahasia.naskahId, [w.kabid.jabatan.id]));
    expect((await openSurat(kabid, rahasia.naskahId)).perihal).toBe('Data pribadi pegawai');
    await expect(openSurat(staf, rahasia.naskahId)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listDisposisiMasuk(staf)).length).toBe(0);
  });
});

describe('the Disposisi list', () => {
  it('shows open disposisi first and the newest first within a status, each with its letter and giver, never a withdrawn one', async () => {
    const w = await createDisposisiWorld();
    const kepala = await actorFor(w.kepala.id);
    const kabid = await actorFor(w.kabid.pegawai.id);
    const letter = async (perihal: string) => (await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal })).naskahId;
    const [lama, dibaca, baru, ditarik] = [await letter('Lama'), await letter('Sudah dibaca'), await letter('Baru'), await letter('Ditarik')];
    await giveDisposisi(kepala, give(lama, [w.kabid.jabatan.id], { instruksi: ['Untuk diketahui', 'Laporkan hasilnya'] }));
    await giveDisposisi(kepala, give(dibaca, [w.kabid.jabatan.id]));
    await giveDisposisi(kepala, give(baru, [w.kabid.jabatan.id], { batasWaktu: '2099-12-31' }));
    await withdrawDisposisi(kepala, (await giveDisposisi(kepala, give(ditarik, [w.kabid.jabatan.id]))).disposisiId);
    await openSurat(kabid, dibaca);

    const list = await listDisposisiMasuk(kabid);
    expect(list.map((d) => [d.perihal, d.status])).toEqual([['Baru', 'BELUM_DIBACA'], ['Lama', 'BELUM_DIBACA'], ['Sudah dibaca', 'DIBACA']]);
    expect(list[0]).toEqual({
      id: expect.any(String), status: 'BELUM_DIBACA', // The deadline is the end of that WIB day.
      batasWaktu: new Date('2099-12-31T16:59:59.000Z'), diterima: expect.any(Date),
      dari: w.kepalaJabatan.nama, instruksi: ['Untuk ditindaklanjuti'], naskahId: baru, perihal: 'Baru', nomor: null,
    });
    expect(list[1]!.instruksi).toEqual(['Untuk diketahui', 'Laporkan hasilnya']);
    expect(await listDisposisiMasuk(kabid, { take: 1 })).toHaveLength(1);
  });
});

describe('overdue', () => {
  it('flags an open disposisi past its deadline for the recipient and for the giver, until it is done', async () => {
    const w = await createDisposisiWorld();
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Surat E' });
    const kepala = await actorFor(w.kepala.id);
    const today = calendarDay(new Date());
    await giveDisposisi(kepala, give(delivery.naskahId, [w.kabid.jabatan.id, w.kabid2.jabatan.id], { batasWaktu: today }));
    const later = new Date(Date.now() + 2 * 86_400_000);
    expect(await listDisposisiTerlambat(kepala)).toEqual([]);
    const late = await listDisposisiTerlambat(kepala, later);
    expect(late.map((r) => r.kepada).sort()).toEqual([w.kabid.jabatan.nama, w.kabid2.jabatan.nama].sort());
    expect((await openSurat(kepala, delivery.naskahId, later)).disposisi[0]!.penerima.map((p) => p.status)).toEqual(['TERLAMBAT', 'TERLAMBAT']);

    const kabid = await actorFor(w.kabid.pegawai.id);
    const [received] = await listDisposisiMasuk(kabid);
    await reportTindakLanjut(kabid, { penerimaDisposisiId: received!.id, catatan: 'Selesai', selesai: true });
    expect((await listDisposisiTerlambat(kepala, later)).map((r) => r.kepada)).toEqual([w.kabid2.jabatan.nama]);
    // Only the giver's post sees its overdue list.
    expect(await listDisposisiTerlambat(await actorFor(w.kabid2.pegawai.id), later)).toEqual([]);
  });

  it("lists the giver's own overdue disposisi only, oldest deadline first, without withdrawn or done ones", async () => {
    const w = await createDisposisiWorld();
    const other = await createDisposisiWorld();
    const kepala = await actorFor(w.kepala.id);
    const kabid = await actorFor(w.kabid.pegawai.id);
    const inDays = (days: number) => calendarDay(new Date(Date.now() + days * 86_400_000));
    const letter = async (opdId: string, jabatanId: string, perihal: string) => (await deliverLetter(opdId, jabatanId, { perihal })).naskahId;

    const a = await letter(w.opd.id, w.kepalaJabatan.id, 'Surat tenggat lusa');
    const b = await letter(w.opd.id, w.kepalaJabatan.id, 'Surat tenggat besok');
    const c = await letter(w.opd.id, w.kepalaJabatan.id, 'Surat ditarik');
    const d = await letter(w.opd.id, w.kepalaJabatan.id, 'Surat selesai');
    await giveDisposisi(kepala, give(a, [w.kabid2.jabatan.id], { batasWaktu: inDays(3) }));
    await giveDisposisi(kepala, give(b, [w.kabid.jabatan.id], { batasWaktu: inDays(1) }));
    const withdrawn = await giveDisposisi(kepala, give(c, [w.kabid.jabatan.id], { batasWaktu: inDays(1) }));
    await withdrawDisposisi(kepala, withdrawn.disposisiId);
    await giveDisposisi(kepala, give(d, [w.kabid.jabatan.id], { batasWaktu: inDays(1) }));
    const done = (await listDisposisiMasuk(kabid)).find((r) => r.naskahId === d)!;
    await reportTindakLanjut(kabid, { penerimaDisposisiId: done.id, catatan: 'Selesai', selesai: true });
    // Overdue work another giver handed on: the kabid's, and another OPD's kepala's.
    await openSurat(kabid, b);
    await giveDisposisi(kabid, give(b, [w.staf.jabatan.id], { batasWaktu: inDays(1) }));
    const otherKepala = await actorFor(other.kepala.id);
    await giveDisposisi(otherKepala, give(await letter(other.opd.id, other.kepalaJabatan.id, 'Surat OPD lain'), [other.kabid.jabatan.id], { batasWaktu: inDays(1) }));

    const later = new Date(Date.now() + 5 * 86_400_000);
    const late = await listDisposisiTerlambat(kepala, later);
    expect(late.map((r) => [r.perihal, r.kepada])).toEqual([
      ['Surat tenggat besok', w.kabid.jabatan.nama],
      ['Surat tenggat lusa', w.kabid2.jabatan.nama],
    ]);
    expect(late.map((r) => r.status)).toEqual(['DITINDAKLANJUTI', 'BELUM_DIBACA']);
    // Between the two deadlines only the earlier one is late; the page's limit keeps the oldest.
    expect((await listDisposisiTerlambat(kepala, new Date(Date.now() + 2 * 86_400_000))).map((r) => r.perihal)).toEqual(['Surat tenggat besok']);
    expect((await listDisposisiTerlambat(kepala, later, { take: 1 })).map((r) => r.perihal)).toEqual(['Surat tenggat besok']);
    expect((await listDisposisiTerlambat(kabid, later)).map((r) => [r.perihal, r.kepada])).toEqual([['Surat tenggat besok', w.staf.jabatan.nama]]);
    expect((await listDisposisiTerlambat(otherKepala, later)).map((r) => r.perihal)).toEqual(['Surat OPD lain']);
  });
});

describe('tindak lanjut', () => {
  it('keeps the report\'s files for the recipient and everyone up the tree, and refuses an executable', async () => {
    const w = await createDisposisiWorld();
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Surat D', rahasia: true });
    const kepala = await actorFor(w.kepala.id);
    await giveDisposisi(kepala, give(delivery.naskahId, [w.kabid.jabatan.id]));
    const kabid = await actorFor(w.kabid.pegawai.id);
    const [received] = await listDisposisiMasuk(kabid);

    await expect(
      reportTindakLanjut(kabid, { penerimaDisposisiId: received!.id, catatan: 'x', selesai: false, lampiran: [asFile(fakeExecutable(), 'notulen.pdf')] }),
    ).rejects.toThrow('Berkas harus PDF, JPG, atau PNG');
    // A chosen file of 0 bytes is named as the report's attachment, not as a letter's scan.
    const kosong = await reportTindakLanjut(kabid, { penerimaDisposisiId: received!.id, catatan: 'x', selesai: false, lampiran: [asFile(new Uint8Array(), 'notulen.pdf')] }).catch((e: unknown) => e);
    expect(kosong).toBeInstanceOf(DomainError);
    expect((kosong as DomainError).fieldErrors).toEqual({ lampiran: ['Lampiran tindak lanjut kosong (0 bita). Pilih berkas laporan atau foto yang berisi, atau kosongkan lampiran.'] });
    expect(await prisma.tindakLanjut.count({ where: { penerimaDisposisiId: received!.id } })).toBe(0);

    const pdf = await tinyPdf('Notulen');
    await reportTindakLanjut(kabid, {
      penerimaDisposisiId: received!.id,
      catatan: 'Notulen dan foto terlampir.',
      selesai: true,
      lampiran: [asFile(pdf, 'notulen.pdf'), asFile(tinyPng(), 'foto.png', 'image/png')],
    });
    const tree = (await openSurat(kepala, delivery.naskahId)).disposisi[0]!.penerima[0]!.tindakLanjut[0]!;
    expect(tree.berkas.map((b) => b.namaFile)).toEqual(['notulen.pdf', 'foto.png']);
    expect(Buffer.from((await getBerkasFile(kepala, tree.berkas[0]!.id)).bytes)).toEqual(Buffer.from(pdf));
    expect((await getBerkasFile(kabid, tree.berkas[1]!.id)).mime).toBe('image/png');
    // A Rahasia letter's follow-up files stay with the tree: the sekretaris and staf see nothing.
    for (const outsider of [await actorFor(w.sekretaris.pegawai.id), await actorFor(w.staf.pegawai.id)]) {
      await expect(getBerkasFile(outsider, tree.berkas[0]!.id)).rejects.toBeInstanceOf(NotFoundError);
    }
    // A report on a finished disposisi is refused and its file not kept.
    const filesBefore = await storedFiles('tindak-lanjut');
    await expect(reportTindakLanjut(kabid, { penerimaDisposisiId: received!.id, catatan: 'lagi', selesai: false, lampiran: [asFile(pdf, 'lagi.pdf')] })).rejects.toThrow('sudah selesai');
    expect(await prisma.berkas.count({ where: { tindakLanjut: { penerimaDisposisiId: received!.id } } })).toBe(2);
    expect(await storedFiles('tindak-lanjut')).toEqual(filesBefore);
  });

  it('refuses a report on someone else\'s disposisi and on a finished one', async () => {
    const w = await createDisposisiWorld();
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Surat C' });
    const kepala = await actorFor(w.kepala.id);
    await giveDisposisi(kepala, give(delivery.naskahId, [w.kabid.jabatan.id]));
    const kabid = await actorFor(w.kabid.pegawai.id);
    const [received] = await listDisposisiMasuk(kabid);
    const staf = await actorFor(w.staf.pegawai.id);
    await expect(reportTindakLanjut(staf, { penerimaDisposisiId: received!.id, catatan: 'x', selesai: true })).rejects.toBeInstanceOf(NotFoundError);
    await reportTindakLanjut(kabid, { penerimaDisposisiId: received!.id, catatan: 'Selesai dikerjakan', selesai: true });
    await expect(reportTindakLanjut(kabid, { penerimaDisposisiId: received!.id, catatan: 'lagi', selesai: false })).rejects.toThrow('sudah selesai');
  });
});
