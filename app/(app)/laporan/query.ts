// Links between the report page, its lists and its downloads carry the same filter.
import type { LaporanFilter } from '@/lib/domain/laporan/periode';

export function filterQuery(filter: LaporanFilter, extra: Record<string, string | number | null | undefined> = {}): string {
  const q = new URLSearchParams({ dari: filter.dari, sampai: filter.sampai });
  if (filter.opdId) q.set('opd', filter.opdId);
  if (filter.unitId) q.set('unit', filter.unitId);
  for (const [k, v] of Object.entries(extra)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  return q.toString();
}

export const rincianHref = (filter: LaporanFilter, extra: Record<string, string | number | null | undefined>) => `/laporan/rincian?${filterQuery(filter, extra)}`;
