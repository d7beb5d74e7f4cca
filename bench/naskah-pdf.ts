// Render time of the sample naskah (assert nothing): `npx tsx bench/naskah-pdf.ts [iterations]`.
import { JENIS_NASKAH_DIDUKUNG } from '@/lib/domain/naskah/konten';
import { renderNaskahPdf } from '@/lib/pdf/naskah/render';
import { sampleNaskahInput } from '@/lib/pdf/naskah/samples';

const n = Number(process.argv[2] ?? 10);
for (let i = 0; i < 3; i++) await renderNaskahPdf(sampleNaskahInput('SURAT_DINAS', 'FINAL'));
for (const jenis of JENIS_NASKAH_DIDUKUNG) {
  for (const mode of ['DRAFT', 'FINAL'] as const) {
    const input = sampleNaskahInput(jenis, mode);
    const times: number[] = [];
    const cpu: number[] = [];
    let pages = 0;
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      pages = (await renderNaskahPdf(input)).pageCount;
      const c = process.cpuUsage(c0);
      times.push(performance.now() - t0);
      cpu.push((c.user + c.system) / 1000);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    // CPU time is the fairer figure on a shared machine; wall time includes waiting for a core.
    console.log(`${jenis.padEnd(17)} ${mode.padEnd(5)} ${pages} hlm  wall median ${median(times).toFixed(1)} ms  cpu median ${median(cpu).toFixed(1)} ms`);
  }
}
