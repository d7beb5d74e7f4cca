// How fast this machine is right now: a fixed piece of work in one thread (JSON and string work, as a
// page render does), timed just before a point is measured, while the server idles. The machines
// these benchmarks run on are shared: the same build measured minutes apart gave a search page 80
// and 107 req/s and a server CPU of 9.5 and 12.7 ms per letter page. A point whose calibration took
// longer ran on a slower machine; compare runs by their calibrations before comparing code.
const ROWS = Array.from({ length: 500 }, (_, i) => ({ id: `0190${i.toString(16).padStart(8, '0')}`, perihal: `Undangan rapat koordinasi ${i}`, tanggal: new Date(Date.UTC(2026, 0, 1 + (i % 300))).toISOString(), penerima: ['Kabid', 'Kasi', 'Staf'] }));

function sekali(): number {
  let n = 0;
  for (let k = 0; k < 60; k++) {
    const text = JSON.stringify(ROWS);
    const back = JSON.parse(text) as typeof ROWS;
    n += back.map((r) => `${r.perihal.toUpperCase()} ${r.tanggal.slice(0, 10)}`).join('\n').length;
  }
  return n;
}

/** Milliseconds the fixed work took: the median of seven runs (the first, warming the JIT, is left out). */
export function kalibrasiCpuMs(): number {
  sekali();
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    sekali();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[3]!;
}
