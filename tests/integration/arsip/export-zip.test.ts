// The office's own exports, read back with Info-ZIP's unzip (an independent reader): the index's
// columns, the PDFs byte for byte, no Rahasia letter the actor may not read, and a 1,000-record
// export made with memory that does not grow with the export.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createWriteStream, mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { DomainError, ForbiddenError, NotFoundError } from '@/lib/domain/errors';
import { runEksporArsip } from '@/lib/jobs/ekspor-arsip';
import { listEksporArsip } from '@/lib/services/arsip/list-ekspor-arsip';
import { openEksporArsip } from '@/lib/services/arsip/open-ekspor-arsip';
import { requestEksporLengkap } from '@/lib/services/arsip/request-ekspor-lengkap';
import { cariFilterSchema } from '@/lib/domain/cari/filter';
import { exportArsipZip } from '@/lib/services/arsip/export-arsip-zip';
import { exportCariZip } from '@/lib/services/arsip/export-cari-zip';
import { getStorage } from '@/lib/storage';
import { tinyPdf } from '../../support/fixtures';
import { actorFor } from '../support/actors';
import { createPegawai, grantRole } from '../support/factories';
import { createSigningWorld } from '../support/naskah-factories';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'export-zip-'));
  process.env.STORAGE_DIR = path.join(dir, 'files');
});

// Written out here, not imported: the columns an office's spreadsheet is built on.
const COLUMNS = ['no', 'nomor', 'tanggal', 'perihal', 'jenis', 'sumber', 'klasifikasi_keamanan', 'kode_klasifikasi', 'berkas_arsip', 'status_arsip', 'aktif_sampai', 'inaktif_sampai', 'keterangan_jra', 'berkas_pdf'];
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

type World = Awaited<ReturnType<typeof createSigningWorld>>;

/** Records of the staf's unit, each with a stored PDF; `pembuat` drafted them. */
async function records(w: World, items: { perihal: string; keamanan?: 'BIASA' | 'RAHASIA'; pdf: Uint8Array; pembuatJabatanId?: string }[], berkasArsipId?: string) {
  const unitKerjaId = w.staf.jabatan.unitKerjaId;
  const folder = berkasArsipId ?? (await prisma.berkasArsip.create({ data: { opdId: w.opd.id, unitKerjaId, klasifikasiArsipId: w.klasifikasi.id, judul: `Berkas uji ${randomUUID().slice(0, 8)}`, tahun: 2026 } })).id;
  const rows = items.map((item, i) => ({ ...item, i, naskahId: randomUUID(), berkasId: randomUUID(), nomor: `000.1/${randomUUID().slice(0, 8)}/UJI/2026` }));
  await prisma.naskah.createMany({
    data: rows.map((r) => ({ id: r.naskahId, opdId: w.opd.id, sumber: 'INTERNAL' as const, jenis: 'NOTA_DINAS' as const, status: 'DITANDATANGANI' as const, nomor: r.nomor, perihal: r.perihal, klasifikasiKeamanan: r.keamanan ?? 'BIASA', tanggalNaskah: new Date('2026-03-02T00:00:00Z'), klasifikasiArsipId: w.klasifikasi.id, pembuatJabatanId: r.pembuatJabatanId ?? w.staf.jabatan.id })),
  });
  for (let i = 0; i < rows.length; i += 50) await Promise.all(rows.slice(i, i + 50).map((r) => getStorage().put(`naskah/${r.naskahId}/${r.berkasId}.pdf`, r.pdf, 'application/pdf')));
  await prisma.berkas.createMany({ data: rows.map((r) => ({ id: r.berkasId, jenis: 'FINAL' as const, storageKey: `naskah/${r.naskahId}/${r.berkasId}.pdf`, namaFile: 'naskah.pdf', mime: 'application/pdf', ukuran: r.pdf.byteLength, sha256: sha256(r.pdf), naskahId: r.naskahId })) });
  await prisma.$executeRaw`UPDATE "Naskah" n SET "berkasUtamaId" = b."id" FROM "Berkas" b WHERE b."naskahId" = n."id" AND n."id" = ANY(${rows.map((r) => r.naskahId)}::uuid[])`;
  await prisma.arsip.createMany({ data: rows.map((r) => ({ opdId: w.opd.id, unitKerjaId, naskahId: r.naskahId, berkasArsipId: folder, klasifikasiArsipId: w.klasifikasi.id, tanggal: new Date('2026-03-02T00:00:00Z'), aktifSampai: new Date('2028-03-01T00:00:00Z'), inaktifSampai: new Date('2031-03-01T00:00:00Z'), keterangan: 'MUSNAH' as const })) });
  return { folder, rows };
}

// A full collection before each sample, so the peak is what the export holds on to, not garbage the
// collector has not come for yet (how much of that there is differs between Node versions: 38 MB
// on Node 20, 74 MB on Node 24 for the same export).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Writes the streamed zip to disk chunk by chunk (never whole in memory); `peak`: the most heap plus
 * buffers above the start that it held on the way, measured after a collection. */
async function toFile(chunks: AsyncGenerator<Uint8Array>, name: string) {
  const file = path.join(dir, name);
  const out = createWriteStream(file);
  const used = () => {
    collectGarbage();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const start = used();
  let peak = 0;
  let bytes = 0;
  let count = 0;
  for await (const chunk of chunks) {
    bytes += chunk.byteLength;
    if (!out.write(chunk)) await once(out, 'drain');
    if (++count % 64 === 0) peak = Math.max(peak, used() - start);
  }
  peak = Math.max(peak, used() - start);
  out.end();
  await once(out, 'close');
  return { file, bytes, peak };
}

const unzip = (args: string[]) => execFileSync('unzip', args, { maxBuffer: 64 * 1024 * 1024 });
const listing = (file: string) => unzip(['-Z1', file]).toString().trim().split('\n');
const indexOf = (file: string) => parse(unzip(['-p', file, 'index.csv']).toString('utf8').replace(/^\uFEFF/, ''), { relax_column_count: false }) as string[][];

describe('export for the office', () => {
  it('a Daftar Arsip zip: the index columns, the PDFs as stored, and no Rahasia letter the unit may not read', async () => {
    const w = await createSigningWorld();
    const pdfs = [await tinyPdf('Satu'), await tinyPdf('Dua'), await tinyPdf('Rahasia')];
    const { rows } = await records(w, [
      { perihal: 'Rapat koordinasi jaringan', pdf: pdfs[0]! },
      { perihal: '=HYPERLINK("http://contoh.invalid") pengadaan', pdf: pdfs[1]! },
      { perihal: 'Penyelidikan pegawai bermasalah', keamanan: 'RAHASIA', pdf: pdfs[2]!, pembuatJabatanId: w.kepalaJabatan.id },
    ]);
    const staf = await actorFor(w.staf.pegawai.id);
    const zip = await exportArsipZip(staf, { status: 'AKTIF' });
    expect(zip.jumlah).toBe(2);
    const { file } = await toFile(zip.chunks, 'daftar.zip');
    expect(execFileSync('unzip', ['-t', file]).toString()).toContain('No errors detected');

    const index = indexOf(file);
    expect(index[0]).toEqual(COLUMNS);
    // Letters made in the same millisecond have no order between them: each row is found by its nomor.
    const row = (nomor: string) => index.slice(1).find((r) => r[1] === nomor)!;
    expect(index).toHaveLength(3);
    expect([row(rows[0]!.nomor), row(rows[1]!.nomor)].map((r) => [r[1], r[3], r[6], r[9], r[10], r[11], r[12]])).toEqual([
      [rows[0]!.nomor, 'Rapat koordinasi jaringan', 'BIASA', 'AKTIF', '2028-03-01', '2031-03-01', 'Musnah'],
      [rows[1]!.nomor, `'=HYPERLINK("http://contoh.invalid") pengadaan`, 'BIASA', 'AKTIF', '2028-03-01', '2031-03-01', 'Musnah'],
    ]);
    const names = listing(file);
    expect(names.sort()).toEqual([...index.slice(1).map((r) => r[13]!), 'index.csv'].sort());
    expect(sha256(unzip(['-p', file, row(rows[0]!.nomor)[13]!]))).toBe(sha256(pdfs[0]!));
    expect(sha256(unzip(['-p', file, row(rows[1]!.nomor)[13]!]))).toBe(sha256(pdfs[1]!));
    // Neither its row nor its bytes: the whole zip is searched for the letter's words and PDF.
    const whole = await readFile(file);
    expect(whole.includes(Buffer.from('Penyelidikan'))).toBe(false);
    expect(whole.includes(Buffer.from(rows[2]!.nomor))).toBe(false);
    expect(whole.includes(Buffer.from(pdfs[2]!))).toBe(false);

    // Another unit's pegawai gets nothing of this unit's folder.
    const folder = (await prisma.arsip.findFirstOrThrow({ where: { naskahId: rows[0]!.naskahId } })).berkasArsipId;
    await expect(exportArsipZip(await actorFor(w.kabid2.pegawai.id), { berkasArsipId: folder })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('a /cari result zip holds what the search shows and never the Rahasia letter with the same words', async () => {
    const w = await createSigningWorld();
    const word = `kata${randomUUID().replace(/-/g, '').slice(0, 10)}`;
    const { rows } = await records(w, [
      { perihal: `Laporan ${word} triwulan`, pdf: await tinyPdf('Laporan') },
      { perihal: `Rahasia ${word} penyidikan`, keamanan: 'RAHASIA', pdf: await tinyPdf('R'), pembuatJabatanId: w.kepalaJabatan.id },
    ]);
    const zip = await exportCariZip(await actorFor(w.staf.pegawai.id), cariFilterSchema.parse({ q: word }));
    const { file } = await toFile(zip.chunks, 'cari.zip');
    const index = indexOf(file);
    expect(index.slice(1).map((r) => r[1])).toEqual([rows[0]!.nomor]);
    expect((await readFile(file)).includes(Buffer.from('penyidikan'))).toBe(false);
    // The kepala drafted the Rahasia one: it is in theirs.
    const kepala = await exportCariZip(await actorFor(w.kepala.id), cariFilterSchema.parse({ q: word }));
    expect(indexOf((await toFile(kepala.chunks, 'cari-kepala.zip')).file).slice(1).map((r) => r[1])).toContain(rows[1]!.nomor);
  });

  it('1,000 records stream out in memory that does not grow with the export', async () => {
    const w = await createSigningWorld();
    // 1,000 distinct files of 160 KB each: 160 MB of PDFs, five times the bound below (it holds about
    // 8 MB on the way; an export held in memory holds all 160 MB).
    const base = await tinyPdf('Arsip');
    const items = Array.from({ length: 1000 }, (_, i) => ({ perihal: `Arsip nomor ${i + 1}`, pdf: new Uint8Array(Buffer.concat([base, Buffer.from(`%${i}\n`), randomBytes(160 * 1024)])) }));
    const { folder, rows } = await records(w, items);
    const zip = await exportArsipZip(await actorFor(w.staf.pegawai.id), { berkasArsipId: folder });
    expect(zip.jumlah).toBe(1000);
    const { file, bytes, peak } = await toFile(zip.chunks, 'seribu.zip');
    expect(bytes).toBeGreaterThan(160 * 1024 * 1000);
    expect(peak).toBeLessThan(32 * 1024 * 1024);
    const names = listing(file);
    expect(names).toHaveLength(1001);
    const index = indexOf(file);
    expect(index).toHaveLength(1001);
    expect(new Set(index.slice(1).map((r) => r[1]))).toEqual(new Set(rows.map((r) => r.nomor)));
    const last = rows.at(-1)!;
    const lastRow = index.find((r) => r[1] === last.nomor)!;
    expect(sha256(unzip(['-p', file, lastRow[13]!]))).toBe(sha256(last.pdf));
  }, 300_000);

  it('the pemda admin exports everything as a queued job with progress, and downloads it from the object store', async () => {
    const w = await createSigningWorld();
    const items = Array.from({ length: 230 }, (_, i) => ({ perihal: `Arsip cadangan ${i + 1}`, pdf: new Uint8Array([...Buffer.from('%PDF-1.7\n'), ...Buffer.from(String(i))]) }));
    const { rows } = await records(w, [...items, { perihal: 'Rahasia tetap dicadangkan', keamanan: 'RAHASIA', pdf: await tinyPdf('R'), pembuatJabatanId: w.kepalaJabatan.id }]);
    const adminPegawai = await createPegawai(w.instansi.id, w.opd.id);
    await grantRole(w.instansi.id, adminPegawai.id, 'ADMIN_INSTANSI', null);
    const admin = await actorFor(adminPegawai.id);

    await expect(requestEksporLengkap(await actorFor(w.staf.pegawai.id))).rejects.toBeInstanceOf(ForbiddenError);
    const { eksporId } = await requestEksporLengkap(admin);
    await expect(requestEksporLengkap(admin)).rejects.toBeInstanceOf(DomainError);
    const jobs = await prisma.$queryRaw<{ task_identifier: string }[]>`SELECT task_identifier FROM graphile_worker.jobs WHERE key = ${`ekspor-arsip:${eksporId}`}`;
    expect(jobs).toEqual([{ task_identifier: 'ekspor-arsip-lengkap' }]);
    await expect(openEksporArsip(admin, eksporId)).rejects.toBeInstanceOf(NotFoundError);

    // Progress as the page reads it, sampled while the job runs (one update per page of 100).
    const seen = new Set<string>();
    let running = true;
    const watch = (async () => {
      while (running) {
        const [e] = await listEksporArsip(admin);
        seen.add(`${e!.status}:${e!.selesai}/${e!.jumlah}`);
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    await runEksporArsip({ eksporId });
    running = false;
    await watch;
    const [done] = await listEksporArsip(admin);
    expect(done).toMatchObject({ status: 'SELESAI', jumlah: 231, selesai: 231 });
    expect([...seen].filter((s) => s.startsWith('BERJALAN:') && !s.startsWith('BERJALAN:0/')).length).toBeGreaterThan(0);

    const zip = await openEksporArsip(admin, eksporId);
    expect(zip.size).toBe(Number(done!.ukuran));
    const file = path.join(dir, 'lengkap.zip');
    const out = createWriteStream(file);
    for await (const chunk of Readable.fromWeb(zip.body as NodeReadableStream<Uint8Array>)) if (!out.write(chunk)) await once(out, 'drain');
    out.end();
    await once(out, 'close');
    expect(listing(file)).toHaveLength(232);
    expect(indexOf(file).slice(1).map((r) => r[1]).sort()).toEqual(rows.map((r) => r.nomor).sort());

    // Another instansi's admin cannot download it.
    const other = await createSigningWorld();
    const otherAdmin = await createPegawai(other.instansi.id, other.opd.id);
    await grantRole(other.instansi.id, otherAdmin.id, 'ADMIN_INSTANSI', null);
    await expect(openEksporArsip(await actorFor(otherAdmin.id), eksporId)).rejects.toBeInstanceOf(NotFoundError);
  }, 120_000);
});
