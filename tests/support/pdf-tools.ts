// Independent validators (poppler's pdfsig, qpdf) run on bytes written to a temporary file.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function withFile<T>(bytes: Uint8Array, fn: (file: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pdfcheck-'));
  const file = path.join(dir, 'doc.pdf');
  try {
    await writeFile(file, bytes);
    return await fn(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** pdfsig's report (it exits 0 even on a digest mismatch, so callers read the text). */
export function pdfsig(bytes: Uint8Array): Promise<string> {
  return withFile(bytes, async (file) => (await run('pdfsig', [file])).stdout);
}

/** The text of every page (poppler's pdftotext). */
export function pdfText(bytes: Uint8Array): Promise<string> {
  return withFile(bytes, async (file) => (await run('pdftotext', [file, '-'])).stdout);
}

/** The whole file with its streams uncompressed (qpdf --qdf), to read what a page draws. */
export function pdfUncompressed(bytes: Uint8Array): Promise<string> {
  return withFile(bytes, async (file) => (await run('qpdf', ['--qdf', '--object-streams=disable', file, '-'], { encoding: 'latin1', maxBuffer: 64 * 1024 * 1024 })).stdout);
}

/** The font table (poppler's pdffonts): name, type, encoding, emb, sub, uni per line. */
export function pdfFonts(bytes: Uint8Array): Promise<string> {
  return withFile(bytes, async (file) => (await run('pdffonts', [file])).stdout);
}

/** qpdf --check: exit 0 (clean) or 3 (warnings only) counts as structurally sound. */
export function qpdfCheck(bytes: Uint8Array): Promise<{ ok: boolean; output: string }> {
  return withFile(bytes, async (file) => {
    try {
      const { stdout, stderr } = await run('qpdf', ['--check', file]);
      return { ok: true, output: stdout + stderr };
    } catch (error) {
      const e = error as { code?: number; stdout?: string; stderr?: string };
      const output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
      return { ok: e.code === 3 && !/error/i.test(output.replace(/no syntax or stream encoding errors/i, '')), output };
    }
  });
}

export interface WordBox {
  word: string;
  xMin: number;
  xMax: number;
  /** PDF user space (from the bottom), as the drawing operators use. */
  yMin: number;
  yMax: number;
}

/** Every word of page 1 with its box (pdftotext -bbox), in PDF coordinates. */
export function pdfWordBoxes(bytes: Uint8Array, pageHeight: number): Promise<WordBox[]> {
  return withFile(bytes, async (file) => {
    const { stdout } = await run('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-']);
    return [...stdout.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      word: m[5],
      xMin: Number(m[1]),
      xMax: Number(m[3]),
      yMin: pageHeight - Number(m[4]),
      yMax: pageHeight - Number(m[2]),
    }));
  });
}

/** The straight lines drawn in absolute coordinates ("x y m x y l"), read from qpdf's uncompressed QDF form. */
export function pdfLineSegments(bytes: Uint8Array): Promise<{ x1: number; y1: number; x2: number; y2: number }[]> {
  return withFile(bytes, async (file) => {
    const qdf = `${file}.qdf`;
    await run('qpdf', ['--qdf', '--object-streams=disable', file, qdf]);
    const content = (await readFile(qdf)).toString('latin1');
    return [...content.matchAll(/([\d.]+) ([\d.]+) m\s+(?:[\d.]+ [\d.]+ m\s+)?([\d.]+) ([\d.]+) l/g)].map((m) => ({ x1: Number(m[1]), y1: Number(m[2]), x2: Number(m[3]), y2: Number(m[4]) }));
  });
}
