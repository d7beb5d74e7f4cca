// Sizes as people in Indonesia read them: a comma before the decimals, one decimal for megabytes.
const MEGABITA = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });

export function formatMegabita(bytes: number): string {
  return `${MEGABITA.format(bytes / 1_048_576)} MB`;
}
