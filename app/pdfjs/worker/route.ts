import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

// pdf.js's worker served from the installed package, so the in-page viewer needs no bundler magic
// and no CDN (government networks often block them).
const require = createRequire(import.meta.url);
let worker: Promise<Buffer> | null = null;

export async function GET() {
  worker ??= readFile(require.resolve('pdfjs-dist/build/pdf.worker.min.mjs'));
  return new Response(new Uint8Array(await worker), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=86400' },
  });
}
