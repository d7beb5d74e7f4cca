// Inspection time of uploads, sound and hostile (assert nothing): `npx tsx bench/inspect-pdf.ts [file.pdf ...]`.
import { readFileSync } from 'node:fs';
import { inspectPdf } from '@/lib/pdf/inspect/inspect-pdf';
import { DEFAULT_PDF_LIMITS } from '@/lib/pdf/inspect/types';
import { tinyPdf } from '@/tests/support/fixtures';
import { buildPdf, flate, onePage } from '@/tests/support/hostile-pdf';

const inputs: [string, Uint8Array][] = [
  ['pdf-lib, one page', await tinyPdf()],
  ['10,000 small objects', buildPdf(onePage({ extra: Array.from({ length: 10_000 }, (_, i) => `<< /N ${i} >>`) }))],
  ['50,000 objects (refused)', buildPdf(onePage({ extra: Array.from({ length: 50_000 }, (_, i) => `<< /N ${i} >>`) }))],
  ['deflate bomb (refused)', buildPdf(onePage({ extra: [flate('/Type /ObjStm /N 1 /First 4', Buffer.alloc(64 * 1024 * 1024))] }))],
  ['20 MB image stream', buildPdf(onePage({ extra: [`<< /Type /XObject /Subtype /Image /Length ${19 * 1024 * 1024} >>\nstream\n${'\u00ff'.repeat(19 * 1024 * 1024)}\nendstream`] }))],
  ...process.argv.slice(2).map((f): [string, Uint8Array] => [f, new Uint8Array(readFileSync(f))]),
];
for (const [name, bytes] of inputs) {
  const c0 = process.cpuUsage();
  const r = inspectPdf(bytes, DEFAULT_PDF_LIMITS);
  const c = process.cpuUsage(c0);
  const verdict = r.sound ? `sound, ${r.objectCount} objects, ${r.activeContent.length} active` : `refused: ${r.defect}`;
  // CPU time is the fairer figure on a shared machine; wall time includes waiting for a core.
  console.log(`${name.padEnd(28)} ${(bytes.byteLength / 1024).toFixed(0).padStart(7)} KB  wall ${String(r.elapsedMs).padStart(5)} ms  cpu ${((c.user + c.system) / 1000).toFixed(0).padStart(5)} ms  ${verdict}`);
}
