import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { DomainError, ForbiddenError } from '@/lib/domain/errors';
import { buildTransferPackage } from '@/lib/services/arsip/build-transfer-package';
import { getStorage } from '@/lib/storage';
import { tinyPdf } from '../../support/fixtures';
import { actorFor } from '../support/actors';
import { grantRole } from '../support/factories';
import { createSigningWorld } from '../support/naskah-factories';

beforeAll(() => {
  process.env.STORAGE_DIR = mkdtempSync(path.join(tmpdir(), 'transfer-package-'));
});

// The header row of AtoM's published ISAD(G) CSV import template
// (artefactual/atom lib/task/import/example/isad/example_information_objects_isad.csv), copied here
// as the independent reference the package is checked against.
const ATOM_TEMPLATE_HEADER =
  'legacyId,parentId,qubitParentSlug,identifier,title,eventActors,eventActorHistories,eventTypes,eventDates,eventStartDates,eventEndDates,levelOfDescription,extentAndMedium,repository,archivalHistory,acquisition,scopeAndContent,appraisal,accruals,arrangement,accessConditions,reproductionConditions,language,script,languageNote,physicalCharacteristics,findingAids,locationOfOriginals,locationOfCopies,relatedUnitsOfDescription,publicationNote,generalNote,subjectAccessPoints,placeAccessPoints,nameAccessPoints,genreAccessPoints,descriptionIdentifier,institutionIdentifier,rules,descriptionStatus,levelOfDetail,revisionHistory,languageOfDescription,scriptOfDescription,sources,archivistNote,publicationStatus,physicalObjectName,physicalObjectLocation,physicalObjectType,alternativeIdentifiers,alternativeIdentifierLabels,digitalObjectPath,digitalObjectURI,digitalObjectChecksum,culture';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);
const N = 1000;

/** N permanent records of one unit, each with a stored PDF, listed on a penyerahan whose berita acara is signed. */
async function penyerahanOf(n: number, status: 'DISETUJUI' | 'DIUSULKAN' = 'DISETUJUI', jenis: 'PENYERAHAN' | 'PEMUSNAHAN' = 'PENYERAHAN') {
  const w = await createSigningWorld();
  await grantRole(w.instansi.id, w.staf.pegawai.id, 'ADMIN_OPD', w.opd.id);
  const unitKerjaId = w.staf.jabatan.unitKerjaId;
  const berkasArsip = await prisma.berkasArsip.create({ data: { opdId: w.opd.id, unitKerjaId, klasifikasiArsipId: w.klasifikasi.id, judul: 'Keputusan Kepala Dinas 2010', tahun: 2010 } });
  const pdf = await tinyPdf('Keputusan');
  const records = Array.from({ length: n }, (_, i) => ({ naskahId: randomUUID(), berkasId: randomUUID(), arsipId: randomUUID(), i }));
  await prisma.naskah.createMany({
    data: records.map((r) => ({ id: r.naskahId, opdId: w.opd.id, sumber: 'INTERNAL' as const, jenis: 'KEPUTUSAN' as const, status: 'DITANDATANGANI' as const, nomor: `100.3.3/${String(r.i + 1).padStart(4, '0')}/UJI/2010`, perihal: `Keputusan nomor ${r.i + 1}, "uji" tentang, koma`, tanggalNaskah: new Date('2010-03-01T00:00:00Z'), klasifikasiArsipId: w.klasifikasi.id, pembuatJabatanId: w.staf.jabatan.id })),
  });
  for (let i = 0; i < records.length; i += 50) await Promise.all(records.slice(i, i + 50).map((r) => getStorage().put(`naskah/${r.naskahId}/${r.berkasId}.pdf`, pdf, 'application/pdf')));
  await prisma.berkas.createMany({ data: records.map((r) => ({ id: r.berkasId, jenis: 'FINAL' as const, storageKey: `naskah/${r.naskahId}/${r.berkasId}.pdf`, namaFile: `keputusan-${r.i}.pdf`, mime: 'application/pdf', ukuran: pdf.byteLength, sha256: sha256(pdf), naskahId: r.naskahId })) });
  await prisma.$executeRaw`UPDATE "Naskah" n SET "berkasUtamaId" = b."id" FROM "Berkas" b WHERE b."naskahId" = n."id" AND n."id" = ANY(${records.map((r) => r.naskahId)}::uuid[])`;
  await prisma.arsip.createMany({ data: records.map((r) => ({ id: r.arsipId, opdId: w.opd.id, unitKerjaId, naskahId: r.naskahId, berkasArsipId: berkasArsip.id, klasifikasiArsipId: w.klasifikasi.id, tanggal: new Date('2010-03-01T00:00:00Z'), aktifSampai: new Date('2012-02-28T00:00:00Z'), inaktifSampai: new Date('2020-02-28T00:00:00Z'), keterangan: 'PERMANEN' as const, status: 'INAKTIF' as const })) });
  const ba = await prisma.naskah.create({ data: { opdId: w.opd.id, sumber: 'INTERNAL', jenis: 'BERITA_ACARA', status: 'DITANDATANGANI', nomor: '000.5.6.3/0001/UJI/2026', perihal: 'Penyerahan Arsip Statis' } });
  const p = await prisma.penyusutan.create({ data: { opdId: w.opd.id, jenis, status, beritaAcaraNaskahId: ba.id, dibuatOlehPegawaiId: w.staf.pegawai.id, arsip: { create: records.map((r) => ({ arsipId: r.arsipId })) } } });
  // One record with a disposisi and its tindak lanjut, as an incoming letter would carry.
  const delivery = await prisma.delivery.create({ data: { naskahId: records[0]!.naskahId, jabatanId: w.kepalaJabatan.id, opdId: w.opd.id, jenis: 'TUJUAN', klasifikasiKeamanan: 'BIASA', derajatKecepatan: 'BIASA' } });
  await prisma.disposisi.create({
    data: {
      naskahId: records[0]!.naskahId,
      deliveryId: delivery.id,
      dariJabatanId: w.kepalaJabatan.id,
      dariPegawaiId: w.kepala.id,
      instruksi: ['Untuk ditindaklanjuti'],
      catatan: 'Segera laksanakan',
      penerima: { create: { jabatanId: w.kabid.jabatan.id, dariJabatanId: w.kepalaJabatan.id, status: 'SELESAI', tindakLanjut: { create: { pegawaiId: w.kabid.pegawai.id, catatan: 'Sudah dilaksanakan', selesai: true } } } },
    },
  });
  await prisma.auditLog.create({ data: { instansiId: w.instansi.id, opdId: w.opd.id, action: 'naskah.sign', entityType: 'Naskah', entityId: records[0]!.naskahId, after: { nomor: 'x' } } });
  return { w, p, records, pdf, arsiparis: await actorFor(w.staf.pegawai.id) };
}

describe('transfer package', () => {
  it(`packs ${N} records as a BagIt bag with AtoM's CSV columns, files, disposisi, audit and validation reports`, async () => {
    const { p, records, pdf, arsiparis, w } = await penyerahanOf(N);
    const pkg = await buildTransferPackage(arsiparis, p.id, new Date('2026-11-30T03:00:00Z'));
    expect(pkg.jumlah).toBe(N);
    const files = unzipSync(pkg.bytes);
    const names = Object.keys(files);
    const root = names[0]!.split('/')[0]!;
    expect(names.every((n) => n.startsWith(`${root}/`))).toBe(true);
    const at = (p: string) => files[`${root}/${p}`];

    expect(text(at('bagit.txt'))).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    // Every payload file is in the manifest with its SHA-256, and nothing else is.
    const manifest = text(at('manifest-sha256.txt')).trimEnd().split('\n').map((l) => l.match(/^([0-9a-f]{64}) {2}(data\/.+)$/)!);
    expect(manifest.every(Boolean)).toBe(true);
    const payload = names.filter((n) => n.startsWith(`${root}/data/`)).map((n) => n.slice(root.length + 1));
    expect(manifest.map((m) => m[2]).sort()).toEqual(payload.sort());
    for (const m of manifest) expect(sha256(at(m[2]!)!)).toBe(m[1]);
    const tagManifest = text(at('tagmanifest-sha256.txt')).trimEnd().split('\n').map((l) => l.split('  '));
    expect(tagManifest.map((t) => t[1]).sort()).toEqual(['bag-info.txt', 'bagit.txt', 'manifest-sha256.txt']);
    for (const [hash, file] of tagManifest) expect(sha256(at(file!)!)).toBe(hash);
    const info = Object.fromEntries(text(at('bag-info.txt')).trimEnd().split('\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
    const octets = payload.reduce((n, f) => n + at(f)!.byteLength, 0);
    expect(info['Payload-Oxum']).toBe(`${octets}.${payload.length}`);
    expect(info['Bagging-Date']).toBe('2026-11-30');
    expect(info['External-Identifier']).toBe(p.id);

    const csv = parse(text(at('data/deskripsi/atom-isad.csv'))) as string[][];
    expect(csv[0]!.join(',')).toBe(ATOM_TEMPLATE_HEADER);
    const rows = csv.slice(1).map((r) => Object.fromEntries(csv[0]!.map((c, i) => [c, r[i]!])));
    expect(rows.filter((r) => r.levelOfDescription === 'Fonds')).toHaveLength(1);
    expect(rows.filter((r) => r.levelOfDescription === 'File')).toHaveLength(1);
    const items = rows.filter((r) => r.levelOfDescription === 'Item');
    expect(items).toHaveLength(N);
    const ids = new Set(rows.map((r) => r.legacyId));
    expect(rows.filter((r) => r.parentId && !ids.has(r.parentId))).toEqual([]);
    expect(items.map((r) => r.title)).toContain('Keputusan nomor 1, "uji" tentang, koma');
    for (const item of items) {
      expect(at(item.digitalObjectPath!)).toBeDefined();
      expect(item.digitalObjectChecksum).toBe(sha256(pdf));
    }

    const first = `data/arsip/${records[0]!.arsipId}`;
    const disposisi = JSON.parse(text(at(`${first}/disposisi.json`)));
    expect(disposisi[0]).toMatchObject({ catatan: 'Segera laksanakan', dariJabatan: { nama: w.kepalaJabatan.nama }, penerima: [{ status: 'SELESAI', tindakLanjut: [{ catatan: 'Sudah dilaksanakan', selesai: true }] }] });
    expect(JSON.parse(text(at(`${first}/jejak-audit.json`))).map((r: { action: string }) => r.action)).toContain('naskah.sign');
    const validasi = JSON.parse(text(at(`data/arsip/${records[N - 1]!.arsipId}/validasi-tanda-tangan.json`)));
    expect(validasi.diperiksaPada).toBe('2026-11-30T03:00:00.000Z');
    // These test PDFs carry no signature: the verifier says so rather than calling them valid.
    expect(validasi.hasil[0].laporan.conclusion).not.toBe('VALID');
  }, 1_500_000);

  it('is refused before the berita acara is signed, for a destruction list, and to someone without the role', async () => {
    const proposed = await penyerahanOf(1, 'DIUSULKAN');
    await expect(buildTransferPackage(proposed.arsiparis, proposed.p.id)).rejects.toBeInstanceOf(DomainError);
    const musnah = await penyerahanOf(1, 'DISETUJUI', 'PEMUSNAHAN');
    await expect(buildTransferPackage(musnah.arsiparis, musnah.p.id)).rejects.toThrow('daftar arsip statis');
    await expect(buildTransferPackage(await actorFor(proposed.w.kabid2.pegawai.id), proposed.p.id)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
