// Medians from the rollups' hour histograms: exact to the hour over any period, without reading
// the million rows behind them.

export interface Bucket {
  jam: number;
  jumlah: number;
}

/** The lower median of the values the histogram counts; null when it counts nothing. */
export function medianFromHistogram(buckets: readonly Bucket[]): number | null {
  const sorted = [...buckets].filter((b) => b.jumlah > 0).sort((a, b) => a.jam - b.jam);
  const total = sorted.reduce((s, b) => s + b.jumlah, 0);
  if (total === 0) return null;
  const rank = Math.ceil(total / 2);
  let seen = 0;
  for (const b of sorted) {
    seen += b.jumlah;
    if (seen >= rank) return b.jam;
  }
  return null;
}

/** "3 hari 4 jam", "5 jam", "kurang dari 1 jam". */
export function formatDurasiJam(jam: number | null): string {
  if (jam === null) return '–';
  const bulat = Math.round(jam);
  if (bulat < 1) return 'kurang dari 1 jam';
  const hari = Math.floor(bulat / 24);
  const sisa = bulat % 24;
  if (hari === 0) return `${sisa} jam`;
  return sisa === 0 ? `${hari} hari` : `${hari} hari ${sisa} jam`;
}

/** Share as a percentage with one decimal, or null for 0 of 0. */
export function persen(bagian: number, total: number): number | null {
  return total === 0 ? null : Math.round((bagian / total) * 1000) / 10;
}
