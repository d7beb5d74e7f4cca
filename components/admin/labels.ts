// Indonesian labels for enum values shown in admin pages.
import { formatHari } from '@/lib/domain/tanggal';
export { ROLE_LABEL } from '@/lib/domain/admin/role-label';
export const PENUGASAN_LABEL = { DEFINITIF: 'Definitif', PLT: 'Plt.', PLH: 'Plh.' } as const;
export const JENIS_UNIT_LABEL = { PIMPINAN: 'Pimpinan', SEKRETARIAT: 'Sekretariat', BIDANG: 'Bidang', SUBBAGIAN: 'Subbagian', SEKSI: 'Seksi', SUBBIDANG: 'Subbidang', UPTD: 'UPTD', KELOMPOK_FUNGSIONAL: 'Kelompok Fungsional', LAINNYA: 'Lainnya' } as const;
export const JENIS_JABATAN_LABEL = { STRUKTURAL: 'Struktural', FUNGSIONAL: 'Fungsional', PELAKSANA: 'Pelaksana' } as const;

export const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** A penugasan's day as the app writes dates (and as its messages name them); no end is "seterusnya". */
export function tanggal(day: string | null): string {
  return day ? formatHari(day) : 'seterusnya';
}
