// The second look at changes after signing: render every page of the signed revision and of the
// whole file with poppler's pdftoppm and compare the pixels. The structural comparison decides
// what changed; this catches what a reader shows that the structure rules could have missed.
// Without pdftoppm (poppler-utils) the comparison cannot be made, and the caller says so.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Low resolution keeps rendering cheap; still enough to see a changed word or a covered area. */
const DPI = 36;
/**
 * Only against orphans: the worker pool's task budget is what bounds a verification, but a worker
 * ended at its budget leaves poppler running until this.
 */
const RENDER_TIMEOUT_MS = 5_000;
/** Grey levels two renderings of the same page may differ by (they are normally identical). */
const NOISE = 24;

export type VisualComparison = { outcome: 'SAME' } | { outcome: 'DIFFERENT'; differences: string[] } | { outcome: 'UNAVAILABLE'; reason: string };

interface Page {
  width: number;
  height: number;
  pixels: Uint8Array;
}

function parsePgm(bytes: Buffer): Page | null {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 32).toString('latin1'));
  if (!header) return null;
  const [width, height] = [Number(header[1]), Number(header[2])];
  return { width, height, pixels: bytes.subarray(header[0].length, header[0].length + width * height) };
}

class RendererUnavailable extends Error {}

/**
 * Renders every PDF in the list with pdftoppm, in parallel, through one short shell script: one
 * process start from this (large) process instead of one per revision, since a start from a
 * process of hundreds of megabytes is what cost most. The paths are ours (a fresh temporary
 * directory), passed as arguments, never as script text. Exit 127: no pdftoppm.
 */
const RENDER_ALL = `command -v pdftoppm >/dev/null || exit 127
pids=""
trap 'kill $pids 2>/dev/null; exit 143' TERM
for f; do timeout ${RENDER_TIMEOUT_MS / 1000} pdftoppm -r ${DPI} -gray "$f" "\${f%.pdf}" & pids="$pids $!"; done
status=0
for p in $pids; do wait "$p" || status=1; done
exit $status`;

async function renderAll(dir: string, files: { name: string; pdf: Uint8Array }[], signal?: AbortSignal): Promise<Page[][]> {
  const inputs = files.map((f) => path.join(dir, `${f.name}.pdf`));
  await Promise.all(files.map((f, i) => writeFile(inputs[i], f.pdf)));
  // The pdftoppm processes inherit the worker thread's low priority (see lib/untrusted/worker-entry.mjs).
  await new Promise<void>((resolve, reject) => {
    execFile('sh', ['-c', RENDER_ALL, 'render', ...inputs], { timeout: RENDER_TIMEOUT_MS + 500, signal }, (error) => {
      const code = (error as { code?: unknown } | null)?.code;
      if (code === 127 || code === 'ENOENT') reject(new RendererUnavailable('pdftoppm (poppler-utils) tidak terpasang di server'));
      else if (error) reject(new RendererUnavailable('halaman berkas tidak dapat dirender dalam batas waktu'));
      else resolve();
    });
  });
  const listing = await readdir(dir);
  return Promise.all(
    files.map(async ({ name }) => {
      const pages = listing.filter((f) => new RegExp(`^${name}-\\d+\\.pgm$`).test(f));
      pages.sort((a, b) => Number(/-(\d+)\.pgm$/.exec(a)![1]) - Number(/-(\d+)\.pgm$/.exec(b)![1]));
      const parsed = await Promise.all(pages.map(async (f) => parsePgm(await readFile(path.join(dir, f)))));
      return parsed.map((p) => p ?? { width: 0, height: 0, pixels: new Uint8Array() });
    }),
  );
}

function samePage(a: Page, b: Page): boolean {
  if (a.width !== b.width || a.height !== b.height || a.pixels.length !== b.pixels.length) return false;
  for (let i = 0; i < a.pixels.length; i++) if (Math.abs(a.pixels[i] - b.pixels[i]) > NOISE) return false;
  return true;
}

function compare(signed: Page[], final: Page[]): VisualComparison {
  const differences: string[] = [];
  if (signed.length !== final.length) differences.push(`jumlah halaman yang tampil berubah dari ${signed.length} menjadi ${final.length}`);
  for (let i = 0; i < Math.min(signed.length, final.length); i++) {
    if (!samePage(signed[i], final[i])) differences.push(`halaman ${i + 1} tampak berbeda dari versi yang ditandatangani`);
  }
  return differences.length ? { outcome: 'DIFFERENT', differences } : { outcome: 'SAME' };
}

/**
 * Renders the whole file once and each signed revision (the first `end` bytes), and compares them
 * page by page. An abort ends the rendering processes (the comparison is then UNAVAILABLE).
 */
export async function compareRenderings(bytes: Uint8Array, ends: number[], signal?: AbortSignal): Promise<Map<number, VisualComparison>> {
  const results = new Map<number, VisualComparison>();
  if (!ends.length) return results;
  const dir = await mkdtemp(path.join(tmpdir(), 'verifikasi-render-'));
  try {
    const [final, ...signed] = await renderAll(dir, [{ name: 'final', pdf: bytes }, ...ends.map((end, i) => ({ name: `signed${i}`, pdf: bytes.subarray(0, end) }))], signal);
    ends.forEach((end, i) => results.set(end, compare(signed[i], final)));
  } catch (error) {
    if (!(error instanceof RendererUnavailable)) throw error;
    for (const end of ends) results.set(end, { outcome: 'UNAVAILABLE', reason: error.message });
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => {});
  }
  return results;
}
