// How long a report file takes to make for a pemda of BENCH_BERKAS_ROWS pegawai (default 10,000),
// per format, rendered in this process (the report pool's worker runs the same tulisBerkas).
// Synthetic kinerja rows with names, jabatan and OPD of realistic length. Prints figures.
//   npx tsx bench/laporan-berkas.ts
// Last line: `laporan-berkas: <n> rows, pdf <a> ms (<p> pages), xlsx <b> ms, csv <c> ms`
import { PDFDocument } from 'pdf-lib';
import { tabelKinerja } from '@/lib/domain/laporan/kinerja-kolom';
import { tulisBerkas, type FormatEkspor } from '@/lib/services/laporan/tulis-berkas';
import { barisKinerjaContoh } from '@/tests/support/kinerja-rows';

const n = Number(process.env.BENCH_BERKAS_ROWS ?? 10_000);
const rows = barisKinerjaContoh(n);
const tabel = [tabelKinerja(rows, '2026-11')];
const best: Record<string, number> = {};
let pages = 0;
// Twice each: the first run includes loading the fonts and the JIT.
for (let round = 0; round < 2; round++) {
  for (const format of ['csv', 'xlsx', 'pdf'] as FormatEkspor[]) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const bytes = await tulisBerkas({ format, tabel, judul: 'Bukti Kinerja e-Office 2026-11', subjudul: ['Seluruh OPD'] });
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    if (format === 'pdf') pages = (await PDFDocument.load(bytes)).getPageCount();
    best[format] = Math.min(best[format] ?? Infinity, wall);
    console.log(`${n} rows ${format}: ${(bytes.length / 1024).toFixed(0)} KB, ${wall.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU, RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
  }
}
console.log(`laporan-berkas: ${n} rows, pdf ${best.pdf!.toFixed(0)} ms (${pages} pages), xlsx ${best.xlsx!.toFixed(0)} ms, csv ${best.csv!.toFixed(0)} ms`);
