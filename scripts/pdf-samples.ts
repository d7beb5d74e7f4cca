// Renders the sample naskah of every jenis in DRAFT and FINAL mode into a directory and prints
// the render time of each: `npm run pdf:samples -- /tmp/naskah`.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { JENIS_NASKAH_DIDUKUNG } from '@/lib/domain/naskah/konten';
import { renderNaskahPdf } from '@/lib/pdf/naskah/render';
import { sampleNaskahInput } from '@/lib/pdf/naskah/samples';

const dir = path.resolve(process.argv[2] ?? 'naskah-samples');
await mkdir(dir, { recursive: true });
// Warm-up: the first render reads the fonts and compiles the code paths.
await renderNaskahPdf(sampleNaskahInput('SURAT_DINAS', 'FINAL'));
for (const jenis of JENIS_NASKAH_DIDUKUNG) {
  for (const mode of ['DRAFT', 'FINAL'] as const) {
    const t0 = performance.now();
    const { pdf, pageCount, signatureBox } = await renderNaskahPdf(sampleNaskahInput(jenis, mode));
    const ms = performance.now() - t0;
    const file = path.join(dir, `${jenis.toLowerCase()}-${mode.toLowerCase()}.pdf`);
    await writeFile(file, pdf);
    const box = `p${signatureBox.page} (${signatureBox.x.toFixed(0)}, ${signatureBox.y.toFixed(0)}) ${signatureBox.width.toFixed(0)}x${signatureBox.height.toFixed(0)}`;
    console.log(`${path.basename(file).padEnd(32)} ${String(pageCount).padStart(2)} hlm  ${(pdf.length / 1024).toFixed(0).padStart(4)} KB  ${ms.toFixed(1).padStart(6)} ms  TTE ${box}`);
  }
}
