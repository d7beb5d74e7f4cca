// How long a piece of work held the event loop: a 10 ms timer beats beside it, and the longest
// gap between two beats, less the 10 ms, is the longest time no other request could have run.
const BEAT_MS = 10;

export async function tahananLoop<T>(kerja: () => Promise<T>): Promise<{ hasil: T; lama: number; terlambat: number }> {
  let terlambat = 0;
  let terakhir = performance.now();
  const detak = setInterval(() => {
    const kini = performance.now();
    terlambat = Math.max(terlambat, kini - terakhir - BEAT_MS);
    terakhir = kini;
  }, BEAT_MS);
  const mulai = performance.now();
  try {
    const hasil = await kerja();
    return { hasil, lama: performance.now() - mulai, terlambat };
  } finally {
    clearInterval(detak);
  }
}
