// A long kode klasifikasi list (a full Permendagri 83/2022 import): the konsep and registration forms
// stop listing every code once there are more than a select holds, and take a typed kode instead.
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { DomainError } from '@/lib/domain/errors';
import { KLASIFIKASI_DAFTAR_MAX } from '@/lib/domain/klasifikasi/pilihan';
import { registerSuratMasukSchema } from '@/lib/domain/surat-masuk/registration-schema';
import { klasifikasiIdDariKode, listKlasifikasiPilihan, listKlasifikasiUntukDaftar } from '@/lib/services/klasifikasi/list-klasifikasi-pilihan';
import { createKonsep } from '@/lib/services/naskah/create-konsep';
import { listDraftOptions } from '@/lib/services/naskah/list-draft-options';
import { openNaskah } from '@/lib/services/naskah/open-naskah';
import { saveKonsep } from '@/lib/services/naskah/save-konsep';
import { listRegistrationOptions } from '@/lib/services/pencatatan/list-registration-options';
import { registerSuratMasuk } from '@/lib/services/pencatatan/register-surat-masuk';
import { asFile, tinyPdf } from '../../support/fixtures';
import { actorFor } from '../support/actors';
import { createDisposisiWorld, createPencatat, createWorld } from '../support/factories';
import { createDraftingWorld, saveInput } from '../naskah/drafting-world';

let pdf: Uint8Array;
beforeAll(async () => {
  pdf = await tinyPdf();
});

const kodeBanyak = (instansiId: string, n: number) =>
  prisma.klasifikasiArsip.createMany({ data: Array.from({ length: n }, (_, i) => ({ instansiId, kode: `400.${i + 1}`, nama: `Urusan ${i + 1}` })) });

const formulir = (over: Record<string, unknown>) => ({
  nomor: `005/${Math.random().toString().slice(2, 8)}/KEMENDAGRI`,
  tanggalSurat: '2026-11-20',
  pengirimNama: 'Kementerian Dalam Negeri',
  perihal: 'Undangan rapat koordinasi',
  pindaian: asFile(pdf, 'surat.pdf'),
  ...over,
});
const suratMasuk = (over: Record<string, unknown>) => registerSuratMasukSchema.parse(formulir(over));

describe('a long klasifikasi list', () => {
  it('is listed for a select up to KLASIFIKASI_DAFTAR_MAX active codes, and not past it; retired codes do not count', async () => {
    const w = await createWorld();
    await kodeBanyak(w.instansi.id, KLASIFIKASI_DAFTAR_MAX);
    await prisma.klasifikasiArsip.create({ data: { instansiId: w.instansi.id, kode: '999', nama: 'Lama', aktif: false } });
    const daftar = await listKlasifikasiUntukDaftar(w.instansi.id);
    expect(daftar).toHaveLength(KLASIFIKASI_DAFTAR_MAX);
    expect(daftar!.map((k) => k.kode)).not.toContain('999');
    await prisma.klasifikasiArsip.create({ data: { instansiId: w.instansi.id, kode: '400.9999', nama: 'Satu lagi' } });
    expect(await listKlasifikasiUntukDaftar(w.instansi.id)).toBeNull();
    // Another instansi's short list is unaffected.
    const other = await createWorld();
    await prisma.klasifikasiArsip.create({ data: { instansiId: other.instansi.id, kode: '000', nama: 'Umum' } });
    expect((await listKlasifikasiUntukDaftar(other.instansi.id))!.map((k) => k.kode)).toEqual(['000']);
  });

  it('the konsep editor and the registration form get no list past it', async () => {
    const w = await createDisposisiWorld();
    const { pegawai } = await createPencatat(w);
    const pencatat = await actorFor(pegawai.id);
    await prisma.klasifikasiArsip.create({ data: { instansiId: w.instansi.id, kode: '000', nama: 'Umum' } });
    const kabid = await actorFor(w.kabid.pegawai.id);
    expect((await listDraftOptions(kabid, w.kabid.jabatan.id)).klasifikasi).toEqual([expect.objectContaining({ label: '000 Umum' })]);
    expect((await listRegistrationOptions(pencatat)).klasifikasi).toEqual([expect.objectContaining({ kode: '000', nama: 'Umum' })]);
    await kodeBanyak(w.instansi.id, KLASIFIKASI_DAFTAR_MAX);
    expect((await listDraftOptions(kabid, w.kabid.jabatan.id)).klasifikasi).toBeNull();
    expect((await listRegistrationOptions(pencatat)).klasifikasi).toBeNull();
  });

  it("a typed kode is the instansi's active code of that kode, or a refusal that names it", async () => {
    const w = await createWorld();
    const other = await createWorld();
    const aktif = await prisma.klasifikasiArsip.create({ data: { instansiId: w.instansi.id, kode: '400.1', nama: 'Aktif' } });
    await prisma.klasifikasiArsip.create({ data: { instansiId: w.instansi.id, kode: '400.2', nama: 'Lama', aktif: false } });
    await prisma.klasifikasiArsip.create({ data: { instansiId: other.instansi.id, kode: '400.3', nama: 'Pemda lain' } });
    expect(await klasifikasiIdDariKode(w.instansi.id, '400.1', 'x')).toBe(aktif.id);
    for (const kode of ['400.2', '400.3', '400.4']) {
      const refusal = await klasifikasiIdDariKode(w.instansi.id, kode, 'klasifikasiArsipKode').catch((e: unknown) => e);
      expect(refusal).toBeInstanceOf(DomainError);
      expect((refusal as DomainError).fieldErrors).toEqual({ klasifikasiArsipKode: [`Kode klasifikasi arsip ${kode} tidak ada di instansi Anda. Pilih dari saran yang muncul saat mengetik.`] });
    }
  });

  it('registers a letter under a typed kode; an unknown one is refused and registers nothing', async () => {
    const w = await createDisposisiWorld();
    const { pegawai } = await createPencatat(w);
    const pencatat = await actorFor(pegawai.id);
    await kodeBanyak(w.instansi.id, 5);
    const surat = await registerSuratMasuk(pencatat, suratMasuk({ klasifikasiArsipKode: ' 400.3 ' }));
    const row = await prisma.naskah.findUniqueOrThrow({ where: { id: surat.id }, select: { klasifikasiArsip: { select: { kode: true } } } });
    expect(row.klasifikasiArsip?.kode).toBe('400.3');
    const before = await prisma.naskah.count({ where: { opdId: w.opd.id } });
    await expect(registerSuratMasuk(pencatat, suratMasuk({ klasifikasiArsipKode: '400.6' }))).rejects.toThrow('Kode klasifikasi arsip 400.6 tidak ada di instansi Anda');
    expect(await prisma.naskah.count({ where: { opdId: w.opd.id } })).toBe(before);
    // Empty is none, as before; what is not a kode at all is refused by the form in Indonesian.
    const tanpa = await registerSuratMasuk(pencatat, suratMasuk({ klasifikasiArsipKode: '' }));
    expect((await prisma.naskah.findUniqueOrThrow({ where: { id: tanpa.id } })).klasifikasiArsipId).toBeNull();
    const salah = registerSuratMasukSchema.safeParse(formulir({ klasifikasiArsipKode: 'Kepegawaian' }));
    expect(salah.success).toBe(false);
    expect(salah.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['klasifikasiArsipKode', 'Tulis kode klasifikasi arsip seperti 000.1.2, atau pilih dari saran.']]);
  });

  it('the drafter finds a kode of a long list by typing; the konsep stores the id the suggestion carries', async () => {
    const w = await createDraftingWorld();
    await kodeBanyak(w.instansi.id, KLASIFIKASI_DAFTAR_MAX + 50);
    const staf = await actorFor(w.staf.pegawai.id);
    expect((await listDraftOptions(staf, w.staf.jabatan.id)).klasifikasi).toBeNull();
    const { naskahId } = await createKonsep(staf, { jenis: 'SURAT_UNDANGAN' });
    // Typed as "400.12": the suggestions start with it (400.12, 400.120 ... 400.129), the exact kode among them.
    const saran = await listKlasifikasiPilihan(staf, '400.12');
    expect(saran.map((k) => k.kode)).toEqual(['400.12', ...Array.from({ length: 10 }, (_, i) => `400.12${i}`)]);
    const pilihan = saran.find((k) => k.kode === '400.12')!;
    expect(pilihan).toEqual({ id: expect.any(String), kode: '400.12', nama: 'Urusan 12' });
    await saveKonsep(staf, saveInput(naskahId, w, { mode: 'autosave', klasifikasiArsipId: pilihan.id }));
    expect((await openNaskah(staf, naskahId)).klasifikasiArsip).toEqual({ kode: '400.12', nama: 'Urusan 12' });
  });
});
