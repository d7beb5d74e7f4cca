import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { importOpdCsv } from '@/lib/services/admin/import-opd-csv';
import { formatNip } from '@/lib/domain/pegawai/nip';
import { randomNik, randomNip } from '../support/factories';
import { createAdminWorld } from './admin-world';

const enc = (s: string) => new TextEncoder().encode(s);
const UNIT = 'kode,nama,jenis,kode_induk\r\nSEKR,Sekretariat,SEKRETARIAT,\r\nBID1,Bidang Satu,BIDANG,\r\n';
const JABATAN = (atasan: string) => `kode,nama,nama_singkat,jenis,eselon,kode_unit,kode_atasan\nSEKDIS,Sekretaris Dinas,Sekdis,STRUKTURAL,III.a,SEKR,${atasan}\nKABID1,Kepala Bidang Satu,Kabid 1,STRUKTURAL,III.b,BID1,${atasan}\nSTAF1,Pelaksana Bidang Satu,Staf 1,PELAKSANA,,BID1,KABID1\n`;

async function counts(opdId: string) {
  return { unit: await prisma.unitKerja.count({ where: { opdId } }), jabatan: await prisma.jabatan.count({ where: { opdId } }), pegawai: await prisma.pegawai.count({ where: { opdId } }) };
}

describe('importOpdCsv', () => {
  it('dry-runs without writing, then imports everything with definitif posts', async () => {
    const w = await createAdminWorld();
    const atasan = w.kepalaJabatan.kode;
    const nip = randomNip();
    const pegawai = `\uFEFFnip,nik,nama,gelar_depan,gelar_belakang,golongan,email,kode_jabatan\n${nip},${randomNik()},Rina Wati,,S.T.,III/c,,KABID1\n`;
    const files = { unit: enc(UNIT), jabatan: enc(JABATAN(atasan)), pegawai: enc(pegawai) };
    const before = await counts(w.opd.id);

    const dry = await importOpdCsv(w.adminOpd, { opdId: w.opd.id, files, dryRun: true });
    expect(dry).toEqual({ ok: true, errors: [], counts: { unit: 2, jabatan: 3, pegawai: 1 }, written: false });
    expect(await counts(w.opd.id)).toEqual(before);

    const real = await importOpdCsv(w.adminOpd, { opdId: w.opd.id, files, dryRun: false });
    expect(real.written).toBe(true);
    expect(await counts(w.opd.id)).toEqual({ unit: before.unit + 2, jabatan: before.jabatan + 3, pegawai: before.pegawai + 1 });
    const staf = await prisma.jabatan.findFirstOrThrow({ where: { opdId: w.opd.id, kode: 'STAF1' }, include: { parent: true } });
    expect([staf.level, staf.parent!.kode]).toEqual([3, 'KABID1']);
    const rina = await prisma.pegawai.findUniqueOrThrow({ where: { nip }, include: { penugasan: { include: { jabatan: true } } } });
    expect(rina.penugasan.map((p) => [p.jenis, p.jabatan.kode])).toEqual([['DEFINITIF', 'KABID1']]);

    // Importing the same files again is refused row by row: every code and NIP now exists.
    const again = await importOpdCsv(w.adminOpd, { opdId: w.opd.id, files, dryRun: true });
    expect(again.ok).toBe(false);
    expect(again.errors).toContain(`pegawai.csv, baris 2, kolom nip: NIP ${nip} sudah terdaftar.`);
    expect(again.errors).toContain('unit_kerja.csv, baris 2, kolom kode: Kode unit SEKR sudah terdaftar.');
  });

  it('is all-or-nothing: one bad row anywhere writes nothing at all', async () => {
    const w = await createAdminWorld();
    const before = await counts(w.opd.id);
    const pegawai = `nip,nik,nama,gelar_depan,gelar_belakang,golongan,email,kode_jabatan\n${randomNip()},${randomNik()},Baik,,,,,\n${randomNip()},${randomNik()},"=HYPERLINK(""http://x"",""klik"")",,,,,\n${w.other.pegawai.nip},${randomNik()},Ganda,,,,,\n`;
    const r = await importOpdCsv(w.adminOpd, { opdId: w.opd.id, files: { unit: enc(UNIT), jabatan: enc(JABATAN(w.kepalaJabatan.kode)), pegawai: enc(pegawai) }, dryRun: false });
    expect(r.ok).toBe(false);
    expect(r.written).toBe(false);
    expect(r.errors).toEqual([
      'pegawai.csv, baris 3, kolom nama: Sel diawali =, +, -, @, tab atau CR (rumus) tidak diterima.',
      `pegawai.csv, baris 4, kolom nip: NIP ${w.other.pegawai.nip} sudah terdaftar.`,
    ]);
    expect(await counts(w.opd.id)).toEqual(before);

    const r2 = await importOpdCsv(w.adminOpd, { opdId: w.opd.id, files: { pegawai: enc(pegawai.replace('"=HYPERLINK(""http://x"",""klik"")"', 'Nama')) }, dryRun: false });
    expect(r2.errors).toEqual([`pegawai.csv, baris 4, kolom nip: NIP ${w.other.pegawai.nip} sudah terdaftar.`]);
    expect(await counts(w.opd.id)).toEqual(before);

    // A NIK in use is found by "Periksa dulu", on its row and column (it failed the import itself, naming nothing).
    const nikGanda = `nip,nik,nama,gelar_depan,gelar_belakang,golongan,email,kode_jabatan\n${randomNip()},${w.other.pegawai.nik},Ganda,,,,,\n`;
    const r3 = await importOpdCsv(w.adminOpd, { opdId: w.opd.id, files: { pegawai: enc(nikGanda) }, dryRun: true });
    expect(r3.errors).toEqual([`pegawai.csv, baris 2, kolom nik: NIK ${w.other.pegawai.nik} sudah terdaftar.`]);
  });

  it('refuses wrong headers, a Windows-1252 file, UTF-16 and 50,000 rows, naming the file', async () => {
    const w = await createAdminWorld();
    const latin1 = new Uint8Array([...enc('kode,nama,jenis,kode_induk\nA,Bidang P'), 0xe9, ...enc('ndidikan,BIDANG,\n')]);
    const big = `kode,nama,jenis,kode_induk\n${Array.from({ length: 50_000 }, (_, i) => `K${i},Unit ${i},BIDANG,`).join('\n')}\n`;
    const cases: [Uint8Array, string][] = [
      [enc('code,name,type,parent\nA,B,BIDANG,\n'), 'unit_kerja.csv, baris 1: Judul kolom salah'],
      [latin1, 'unit_kerja.csv, berkas: Berkas bukan UTF-8'],
      [new Uint8Array([0xff, 0xfe, 0x6b, 0x00]), 'UTF-16'],
      // An .xlsx (a ZIP archive) chosen instead of its CSV: named as Excel, not as an encoding problem.
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]), 'unit_kerja.csv, berkas: Berkas ini tampaknya Excel (.xlsx); simpan sebagai CSV (UTF-8) lalu unggah lagi.'],
      [enc(big), 'unit_kerja.csv, berkas: Berisi 50.000 baris; paling banyak 5.000'],
    ];
    for (const [bytes, expected] of cases) {
      const r = await importOpdCsv(w.adminOpd, { opdId: w.opd.id, files: { unit: bytes }, dryRun: false });
      expect(r.ok).toBe(false);
      expect(r.errors.join('\n')).toContain(expected);
    }
    await expect(importOpdCsv(w.adminOpd, { opdId: w.opd.id, files: {}, dryRun: true })).rejects.toThrow('minimal satu berkas');
  });

  it('takes a NIP pasted with its printed spaces as its 18 digits, and finds one already in use', async () => {
    const w = await createAdminWorld();
    const nip = randomNip();
    const header = 'nip,nik,nama,gelar_depan,gelar_belakang,golongan,email,kode_jabatan';
    const r = await importOpdCsv(w.adminOpd, { opdId: w.opd.id, files: { pegawai: enc(`${header}\n${formatNip(nip)},${randomNik()},Spasi NIP,,,,,\n`) }, dryRun: false });
    expect(r).toMatchObject({ ok: true, written: true });
    expect(await prisma.pegawai.count({ where: { nip } })).toBe(1);

    const ganda = await importOpdCsv(w.adminOpd, { opdId: w.opd.id, files: { pegawai: enc(`${header}\n${formatNip(w.other.pegawai.nip)},${randomNik()},Ganda,,,,,\n`) }, dryRun: true });
    expect(ganda.errors).toEqual([`pegawai.csv, baris 2, kolom nip: NIP ${w.other.pegawai.nip} sudah terdaftar.`]);
  });

  it('accepts the semicolon Excel writes in an Indonesian locale', async () => {
    const w = await createAdminWorld();
    const r = await importOpdCsv(w.adminOpd, { opdId: w.opd.id, files: { unit: enc('kode;nama;jenis;kode_induk\nX1;Bidang X;BIDANG;\n') }, dryRun: false });
    expect(r).toMatchObject({ ok: true, written: true });
  });

  it('imports 1,000 pegawai with their posts (figure printed)', async () => {
    const w = await createAdminWorld();
    const n = 1000;
    const jabatan = `kode,nama,nama_singkat,jenis,eselon,kode_unit,kode_atasan\n${Array.from({ length: n }, (_, i) => `P${i},Pelaksana ${i},Staf ${i},PELAKSANA,,${w.unit.kode},${w.kepalaJabatan.kode}`).join('\n')}\n`;
    const nips = new Set<string>();
    while (nips.size < n) nips.add(randomNip());
    const pegawai = `nip,nik,nama,gelar_depan,gelar_belakang,golongan,email,kode_jabatan\n${[...nips].map((nip, i) => `${nip},${randomNik()},Pegawai Impor ${i},,,II/a,impor.${i}.${w.opd.kode.toLowerCase()}@uji.go.id,P${i}`).join('\n')}\n`;
    const t = performance.now();
    const r = await importOpdCsv(w.adminOpd, { opdId: w.opd.id, files: { jabatan: enc(jabatan), pegawai: enc(pegawai) }, dryRun: false });
    const ms = performance.now() - t;
    console.info(`[figure] import of ${n} jabatan + ${n} pegawai + ${n} penugasan: ${ms.toFixed(0)} ms`);
    expect(r.errors).toEqual([]);
    expect(await prisma.penugasanJabatan.count({ where: { jabatan: { opdId: w.opd.id } } })).toBe(n + 1);
  });
});
