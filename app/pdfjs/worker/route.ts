import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { defineRoute } from '@/lib/actions/define-route';

// pdf.js's worker served from the installed package, so the in-page viewer needs no bundler magic
// and no CDN (government networks often block them). Read from the app's node_modules (the route
// runs from .next/, so a module-relative path would not find it).
const WORKER = path.join(process.cwd(), 'node_modules', 'pdfjs-dist', 'build', 'pdf.worker.min.mjs');
let worker: Promise<Buffer> | null = null;

export const GET = defineRoute({ public: true, errors: 'text' }, async () => {
  worker ??= readFile(WORKER);
  return new Response(new Uint8Array(await worker), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=86400' },
  });
});
