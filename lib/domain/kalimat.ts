/**
 * Ends a sentence or list item with one period. A name whose gelar already ends in one
 * ("Nur Aini Lestari, A.Md.", "Budi Santoso, M.T.") keeps it instead of printing "A.Md..".
 */
export function akhiriDenganTitik(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
