import { LetterListView, type LetterRowView } from '@/components/naskah/letter-list-view';
import { DERAJAT_KECEPATAN_LABEL, KLASIFIKASI_KEAMANAN_LABEL } from '@/lib/domain/naskah/labels';
import { formatTanggalJam, isoMenit } from '@/lib/domain/tanggal';

export interface LetterRow {
  id: string;
  /** Where the row leads; rows without one are not clickable yet. */
  href?: string;
  title: string;
  subtitle?: string | null;
  meta?: string | null;
  at: Date;
  unread?: boolean;
  derajatKecepatan?: keyof typeof DERAJAT_KECEPATAN_LABEL;
  klasifikasiKeamanan?: keyof typeof KLASIFIKASI_KEAMANAN_LABEL;
  status?: string;
  /** Past its deadline and not done: the status badge turns red. */
  overdue?: boolean;
}

/**
 * One list shape for every worklist: inbox, disposisi, konsep, tanda tangan, arsip. Styled by the
 * .letter-list rules in app/globals.css; the markup is LetterListView's, which gets each row's words.
 */
export function LetterList({ rows, label }: { rows: LetterRow[]; label: string }) {
  return <LetterListView label={label} rows={rows.map(rowView)} />;
}

function rowView(row: LetterRow): LetterRowView {
  const kecepatan = row.derajatKecepatan && row.derajatKecepatan !== 'BIASA' ? row.derajatKecepatan : null;
  const keamanan = row.klasifikasiKeamanan && row.klasifikasiKeamanan !== 'BIASA' ? row.klasifikasiKeamanan : null;
  const badges: LetterRowView[5] = [];
  if (kecepatan) badges.push([kecepatan === 'SANGAT_SEGERA' ? 'red' : 'amber', DERAJAT_KECEPATAN_LABEL[kecepatan]]);
  if (keamanan) badges.push(['slate', KLASIFIKASI_KEAMANAN_LABEL[keamanan]]);
  if (row.status) badges.push([row.overdue ? 'red' : 'blue', row.status]);
  return [row.href ?? null, row.title, row.subtitle ?? null, row.meta ?? null, row.unread ? 1 : 0, badges, isoMenit(row.at), formatTanggalJam(row.at)];
}
