import { calendarDay } from '@/lib/domain/jabatan/acting';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { DomainError, ForbiddenError } from '@/lib/domain/errors';
import { registerSuratMasukSchema } from '@/lib/domain/surat-masuk/registration-schema';
import { registerSuratMasuk } from '@/lib/services/pencatatan/register-surat-masuk';
import { listSuratTercatat } from '@/lib/services/pencatatan/list-surat-tercatat';
import { listInbox } from '@/lib/services/surat-masuk/list-inbox';
import { getBerkasFile } from '@/lib/services/berkas/get-berkas-file';
import { asFile, fakeExecutable, pngBom, tinyPdf, tinyPng } from '../../support/fixtures';
import { actorFor } from '../support/actors';
import { storedFiles } from '../support/stored-files';
import { assign, createDisposisiWorld, createJabatan, createPencatat } from '../support/factories';
import { setEnv } from '../support/env';

async function pencatatWorld() {
  const w = await createDisposisiWorld();
  const { pegawai } = await createPencatat(w);
  return { ...w, pencatat: await actorFor(pegawai.id) };
}

let pdf: Uint8Array;
beforeAll(async () => {
  pdf = await tinyPdf();
});

const input = (over: Record<string, unknown> = {}) =>
  registerSuratMasukSchema.parse({
    nomor: '005/123/KEMENDAGRI',
    tanggalSurat: '2026-11-20',
    pengirimNama: 'Kementerian Dalam Negeri',
    perihal: 'Undangan rapat koordinasi',
    pindaian: asFile(pdf, 'surat.pdf'),
    ...over,
  });

const storedScans = () => storedFiles('pindaian');

describe('registerSuratMasuk', () => {
  it('issues agenda numbers and delivers to the pimpinan OPD by default', async () => {
    const w = await pencatatWorld();
    const first = await registerSuratMasuk(w.pencatat, input());
    const second = await registerSuratMasuk(w.pencatat, input({ nomor: '005/124/KEMENDAGRI' }));
    expect(second.nomorAgenda).toBe(first.nomorAgenda! + 1);
    const inbox = await listInbox(await actorFor(w.kepala.id));
    expect(inbox.rows.map((r) => r.naskahId)).toEqual(expect.arrayContaining([first.id, second.id]));
    expect(await prisma.auditLog.count({ where: { entityId: first.id, action: 'suratMasuk.register' } })).toBe(1);
  });

  it('gives 25 concurrent registrations 25 consecutive agenda numbers', async () => {
    const w = await pencatatWorld();
    const results = await Promise.all(Array.from({ length: 25 }, (_, i) => registerSuratMasuk(w.pencatat, input({ nomor: `900/${i}/X` }))));
    const numbers = results.map((r) => r.nomorAgenda!).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('flags a letter with the same nomor and pengirim before saving, unless confirmed', async () => {
    const w = await pencatatWorld();
    await registerSuratMasuk(w.pencatat, input());
    const before = await prisma.naskah.count({ where: { opdId: w.opd.id } });
    await expect(registerSuratMasuk(w.pencatat, input({ pengirimNama: 'kementerian dalam negeri' }))).rejects.toThrow('sudah dicatat (agenda 1/');
    expect(await prisma.naskah.count({ where: { opdId: w.opd.id } })).toBe(before);
    const again = await registerSuratMasuk(w.pencatat, input({ tetapCatat: 'on' }));
    expect(again.nomorAgenda).toBe(2);
  });

  it('refuses a destination in another OPD and a person without the pencatat role', async () => {
    const w = await pencatatWorld();
    const other = await createDisposisiWorld();
    await expect(registerSuratMasuk(w.pencatat, input({ tujuanJabatanId: other.kepalaJabatan.id }))).rejects.toThrow('jabatan aktif di OPD Anda');
    await expect(registerSuratMasuk(await actorFor(w.kepala.id), input())).rejects.toBeInstanceOf(ForbiddenError);
    expect(await prisma.naskah.count({ where: { opdId: w.opd.id } })).toBe(0);
  });

  it('keeps the scan as a Berkas the addressee can open, and turns a PNG photo into a PDF', async () => {
    const w = await pencatatWorld();
    const fromPdf = await registerSuratMasuk(w.pencatat, input());
    const fromPng = await registerSuratMasuk(w.pencatat, input({ nomor: '1/PNG', pindaian: asFile(tinyPng(), 'foto surat.png', 'image/png') }));
    const kepala = await actorFor(w.kepala.id);
    for (const naskah of [fromPdf, fromPng]) {
      const row = await prisma.naskah.findUniqueOrThrow({ where: { id: naskah.id }, select: { berkasUtama: true } });
      expect(row.berkasUtama).toMatchObject({ jenis: 'PINDAI', mime: 'application/pdf' });
      const file = await getBerkasFile(kepala, row.berkasUtama!.id);
      expect(Buffer.from(file.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    }
    const png = await prisma.naskah.findUniqueOrThrow({ where: { id: fromPng.id }, select: { berkasUtama: true } });
    expect(png.berkasUtama!.namaFile).toBe('foto surat.pdf');
  });

  it('refuses a PNG bomb (200 KB declaring 81 megapixels) and an animated PNG from their headers, at once: nothing decoded, written or kept', async () => {
    const w = await pencatatWorld();
    const scansBefore = await storedScans();
    const bom = pngBom(9000, 9000);
    const mulai = performance.now();
    const refused = await registerSuratMasuk(w.pencatat, input({ pindaian: asFile(bom, 'foto surat.png', 'image/png') })).catch((e: unknown) => e);
    // Decoded, as it was before this check, it took seconds of the event loop and gigabytes for a larger one.
    expect(performance.now() - mulai).toBeLessThan(2_000);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).fieldErrors).toEqual({ pindaian: [expect.stringMatching(/^Gambar terlalu besar \(9\.000 x 9\.000 piksel; paling banyak 40 megapiksel\)/)] });
    await expect(registerSuratMasuk(w.pencatat, input({ pindaian: asFile(pngBom(50, 50, { animasi: true }), 'animasi.png', 'image/png') }))).rejects.toThrow('PNG animasi');
    expect(await prisma.naskah.count({ where: { opdId: w.opd.id } })).toBe(0);
    expect(await storedScans()).toEqual(scansBefore);
  });

  it('refuses an executable renamed .pdf, an empty file and an oversized one: nothing written, no file kept', async () => {
    const w = await pencatatWorld();
    const scansBefore = await storedScans();
    await expect(registerSuratMasuk(w.pencatat, input({ pindaian: asFile(fakeExecutable(), 'surat.pdf') }))).rejects.toThrow('Berkas harus PDF, JPG, atau PNG');
    const broken = new Uint8Array([...Buffer.from('%PDF-1.7\n'), ...new Array(200).fill(0x41)]);
    await expect(registerSuratMasuk(w.pencatat, input({ pindaian: asFile(broken, 'rusak.pdf') }))).rejects.toThrow('PDF rusak');
    const big = { ...input(), pindaian: asFile(new Uint8Array(20 * 1024 * 1024 + 1), 'besar.pdf') };
    await expect(registerSuratMasuk(w.pencatat, big)).rejects.toThrow('paling besar 20 MB');
    expect(registerSuratMasukSchema.safeParse({ pindaian: asFile(new Uint8Array(200 * 1024 * 1024), 'besar.pdf') }).error?.issues.find((i) => i.path[0] === 'pindaian')?.message).toBe('Berkas terlalu besar: paling besar 20 MB.');
    expect(await prisma.naskah.count({ where: { opdId: w.opd.id } })).toBe(0);
    expect(await storedScans()).toEqual(scansBefore);
  });

  it('removes the stored scan when the registration fails after the upload', async () => {
    const w = await pencatatWorld();
    const scansBefore = await storedScans();
    // Force a failure inside the transaction: the counter hands out an agenda number already taken.
    const first = await registerSuratMasuk(w.pencatat, input({ nomor: 'A/1' }));
    await prisma.nomorUrut.updateMany({ where: { opdId: w.opd.id }, data: { terakhir: first.nomorAgenda! - 1 } });
    await expect(registerSuratMasuk(w.pencatat, input({ nomor: 'A/2' }))).rejects.toThrow();
    expect(await storedScans()).toHaveLength(scansBefore.length + 1);
  });

  it('keeps the sifat as printed apart from the security class and the urgency', async () => {
    const w = await pencatatWorld();
    const penting = await registerSuratMasuk(w.pencatat, input({ sifat: '  Penting ', klasifikasiKeamanan: 'TERBATAS', derajatKecepatan: 'SEGERA' }));
    const tanpa = await registerSuratMasuk(w.pencatat, input({ nomor: '005/125/KEMENDAGRI', sifat: '' }));
    const rows = await prisma.naskah.findMany({ where: { id: { in: [penting.id, tanpa.id] } }, select: { id: true, sifat: true, klasifikasiKeamanan: true, derajatKecepatan: true } });
    expect(rows.find((r) => r.id === penting.id)).toMatchObject({ sifat: 'Penting', klasifikasiKeamanan: 'TERBATAS', derajatKecepatan: 'SEGERA' });
    expect(rows.find((r) => r.id === tanpa.id)).toMatchObject({ sifat: null, klasifikasiKeamanan: 'BIASA', derajatKecepatan: 'BIASA' });
  });

  it('validates the form in Indonesian', () => {
    const r = registerSuratMasukSchema.safeParse({ nomor: '', tanggalSurat: 'kemarin', pengirimNama: '', perihal: '' });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => i.message);
    expect(messages).toEqual(expect.arrayContaining(['Isi nomor surat.', 'Isi tanggal surat.', 'Isi pengirim.', 'Isi perihal.', 'Unggah pindaian surat (PDF, JPG, atau PNG).']));
    const attributes = registerSuratMasukSchema.safeParse({ sifat: 'x'.repeat(51), klasifikasiKeamanan: 'PENTING', derajatKecepatan: 'KILAT' });
    const byField = Object.fromEntries(attributes.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(byField).toMatchObject({ sifat: 'Sifat paling panjang 50 karakter.', klasifikasiKeamanan: 'Pilih klasifikasi keamanan surat.', derajatKecepatan: 'Pilih derajat kecepatan.' });
  });

  it('refuses a tanggal surat after today (the letter arrives today) or before 1945, and a negative lampiran, each on its field', () => {
    const tanggal = (tanggalSurat: string) => registerSuratMasukSchema.shape.tanggalSurat.safeParse(tanggalSurat);
    const besok = calendarDay(new Date(Date.now() + 24 * 3600_000), 'Asia/Jayapura');
    expect(tanggal(besok).error?.issues[0]?.message).toBe('Tanggal surat tidak boleh setelah hari ini: surat ini diterima hari ini. Periksa tahunnya.');
    expect(tanggal('2099-12-31').success).toBe(false);
    expect(tanggal('1900-01-01').error?.issues[0]?.message).toBe('Tanggal surat terlalu lama. Periksa tahunnya.');
    expect(tanggal(calendarDay(new Date())).success).toBe(true);
    expect(tanggal('1998-05-21').success).toBe(true);
    expect(registerSuratMasukSchema.shape.lampiranJumlah.safeParse('-5').error?.issues[0]?.message).toBe('Jumlah lampiran tidak boleh negatif.');
  });
});

describe('registerSuratMasuk notifies the addressed post', () => {
  let restoreEnv: () => void;
  beforeAll(() => {
    // Channels configured so outbox rows are planned (no job runner runs in this file).
    restoreEnv = setEnv({ SMTP_URL: 'smtp://127.0.0.1:9', WHATSAPP_GATEWAY_URL: 'http://127.0.0.1:9/send' });
  });
  afterAll(() => restoreEnv());

  const received = (pegawaiId: string) => prisma.notifikasi.findMany({ where: { pegawaiId }, include: { pengiriman: { select: { kanal: true } } } });

  it('the pimpinan hears of a registered letter on the bell, e-mail and WhatsApp; the clerk does not', async () => {
    const w = await pencatatWorld();
    await prisma.pegawai.update({ where: { id: w.kepala.id }, data: { nomorWhatsapp: '6281299990001' } });
    const naskah = await registerSuratMasuk(w.pencatat, input({ perihal: 'Undangan rapat koordinasi inflasi daerah' }));

    const [n, ...rest] = await received(w.kepala.id);
    expect(rest).toEqual([]);
    expect(n).toMatchObject({ jenis: 'SURAT_DITERIMA', judul: 'Surat masuk', tautan: `/surat-masuk/${naskah.id}`, jabatanId: w.kepalaJabatan.id });
    expect(n!.pesan).toBe('Surat "Undangan rapat koordinasi inflasi daerah" dari Kementerian Dalam Negeri nomor 005/123/KEMENDAGRI masuk ke kotak surat Anda.');
    expect(n!.pengiriman.map((p) => p.kanal).sort()).toEqual(['EMAIL', 'WHATSAPP']);
    expect(await received(w.pencatat.pegawaiId)).toEqual([]);
    // Nobody else in the OPD hears of a letter addressed to the pimpinan.
    expect(await prisma.notifikasi.count({ where: { pegawaiId: { in: [w.sekretaris.pegawai.id, w.kabid.pegawai.id, w.staf.pegawai.id] } } })).toBe(0);
  });

  it('a chosen post: its holder and its Plh. both hear, the Plh. told in which post', async () => {
    const w = await pencatatWorld();
    await assign(w.staf.pegawai.id, w.kabid2.jabatan.id, 'PLH', '2020-01-01', '2099-12-31');
    const { id } = await registerSuratMasuk(w.pencatat, input({ tujuanJabatanId: w.kabid2.jabatan.id }));
    // The clerk's own list says where it went.
    expect((await listSuratTercatat(w.pencatat)).find((r) => r.id === id)?.kepada).toEqual([w.kabid2.jabatan.namaSingkat]);

    const [holder] = await received(w.kabid2.pegawai.id);
    const [plh] = await received(w.staf.pegawai.id);
    expect(holder!.pesan).not.toContain('sebagai');
    expect(plh).toMatchObject({ jenis: 'SURAT_DITERIMA', jabatanId: w.kabid2.jabatan.id });
    expect(plh!.pesan).toContain(`(sebagai Plh. ${w.kabid2.jabatan.nama})`);
    expect(await received(w.kepala.id)).toEqual([]);
  });

  it('a vacant post reaches its Plt.; a Rahasia letter names neither perihal, nomor nor sender', async () => {
    const w = await pencatatWorld();
    const kosong = await createJabatan(w.opd.id, { parentId: w.kepalaJabatan.id, level: 2, nama: 'Kepala Bidang Persandian' });
    await assign(w.sekretaris.pegawai.id, kosong.id, 'PLT', '2020-01-01');
    const naskah = await registerSuratMasuk(
      w.pencatat,
      input({ tujuanJabatanId: kosong.id, klasifikasiKeamanan: 'RAHASIA', nomor: 'R-77/INSP/2026', pengirimNama: 'Inspektorat Jenderal Uji', perihal: 'Pemeriksaan khusus pengadaan lahan' }),
    );

    const [n] = await received(w.sekretaris.pegawai.id);
    expect(n).toMatchObject({ judul: 'Ada surat RAHASIA untuk Anda', tautan: `/surat-masuk/${naskah.id}`, jabatanId: kosong.id });
    expect(n!.pesan).toBe('Surat RAHASIA masuk ke kotak surat Anda. (sebagai Plt. Kepala Bidang Persandian)');
    expect(JSON.stringify(n)).not.toMatch(/Pemeriksaan khusus|R-77|Inspektorat Jenderal/);
  });

  it('a refused registration notifies nobody', async () => {
    const w = await pencatatWorld();
    await registerSuratMasuk(w.pencatat, input());
    await expect(registerSuratMasuk(w.pencatat, input())).rejects.toThrow('sudah dicatat');
    expect(await received(w.kepala.id)).toHaveLength(1);
  });
});
