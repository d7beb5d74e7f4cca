// The office's own export: a zip of the PDFs of a set of letters with an index.csv, streamed. The
// letters are read a page at a time (keyset on id), each PDF is added as it is read and stored, not
// compressed (PDFs are compressed already), and the index is spooled to a temporary file and added
// last, so memory stays flat however many records there are.
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { Zip, ZipPassThrough } from 'fflate';
import { prisma } from '@/lib/db';
import { toCsv } from '@/lib/domain/arsip/csv';
import { KETERANGAN_LABEL } from '@/lib/domain/arsip/retensi';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getStorage } from '@/lib/storage';

/** The index's columns, in order. */
export const KOLOM_INDEKS = [
  'no', 'nomor', 'tanggal', 'perihal', 'jenis', 'sumber', 'klasifikasi_keamanan', 'kode_klasifikasi', 'berkas_arsip',
  'status_arsip', 'aktif_sampai', 'inaktif_sampai', 'keterangan_jra', 'berkas_pdf',
] as const;

const HALAMAN = 100;
const day = (d: Date | null | undefined) => d?.toISOString().slice(0, 10) ?? '';
const safeName = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60);

const select = {
  id: true, nomor: true, perihal: true, jenis: true, sumber: true, klasifikasiKeamanan: true, tanggalNaskah: true, tanggalDiterima: true, createdAt: true,
  berkasUtama: { select: { storageKey: true } },
  arsip: { select: { status: true, aktifSampai: true, inaktifSampai: true, keterangan: true, berkasDihapusPada: true, klasifikasiArsip: { select: { kode: true } }, berkasArsip: { select: { judul: true } } } },
} satisfies Prisma.NaskahSelect;

export interface StreamNaskahZipOptions {
  /** Called after each page with the number of letters written so far. */
  onProgress?: (written: number) => Promise<void> | void;
}

/** The zip's bytes, chunk by chunk, of the letters matching `where` (the caller's scope already in it). */
export async function* streamNaskahZip(where: Prisma.NaskahWhereInput, options: StreamNaskahZipOptions = {}): AsyncGenerator<Uint8Array> {
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => (error ? (failure = error) : ready.push(chunk)));
  const take = function* () {
    if (failure) throw failure;
    while (ready.length) yield ready.shift()!;
  };
  const dir = await mkdtemp(path.join(tmpdir(), 'ekspor-arsip-'));
  const indexFile = path.join(dir, 'index.csv');
  const index = createWriteStream(indexFile);
  try {
    await write(index, `\uFEFF${toCsv([[...KOLOM_INDEKS]], { spreadsheet: true })}`);
    let no = 0;
    let after: string | null = null;
    for (;;) {
      const page: Prisma.NaskahGetPayload<{ select: typeof select }>[] = await prisma.naskah.findMany({ where: after ? { AND: [where, { id: { gt: after } }] } : where, orderBy: { id: 'asc' }, take: HALAMAN, select });
      if (page.length === 0) break;
      for (const n of page) {
        no++;
        const key = n.arsip?.berkasDihapusPada ? null : n.berkasUtama?.storageKey;
        const stored = key ? await getStorage().get(key) : null;
        const file = stored ? `pdf/${String(no).padStart(6, '0')}-${safeName(n.nomor ?? n.perihal)}.pdf` : '';
        if (stored) {
          const entry = new ZipPassThrough(file);
          zip.add(entry);
          entry.push(stored.bytes, true);
        }
        const a = n.arsip;
        await write(index, toCsv([[
          String(no), n.nomor ?? '', day(n.tanggalNaskah ?? n.tanggalDiterima ?? n.createdAt), n.perihal, n.jenis ?? '', n.sumber, n.klasifikasiKeamanan,
          a?.klasifikasiArsip?.kode ?? '', a?.berkasArsip.judul ?? '', a?.status ?? '', day(a?.aktifSampai), day(a?.inaktifSampai),
          a?.keterangan ? KETERANGAN_LABEL[a.keterangan] : '', file,
        ]], { spreadsheet: true }));
        yield* take();
      }
      after = page.at(-1)!.id;
      await options.onProgress?.(no);
    }
    index.end();
    await once(index, 'close');
    const entry = new ZipPassThrough('index.csv');
    zip.add(entry);
    for await (const chunk of createReadStream(indexFile)) {
      entry.push(new Uint8Array(chunk as Buffer));
      yield* take();
    }
    entry.push(new Uint8Array(0), true);
    zip.end();
    yield* take();
  } finally {
    index.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Writes and waits for the file to take it, so the spool never buffers the whole index. */
async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** A pull stream for a Response body: the next chunk is made only when the client takes one. */
export function zipResponseBody(chunks: AsyncGenerator<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
