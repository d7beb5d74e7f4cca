import { LetterList } from '@/components/naskah/letter-list';
import { labelStatusDisposisi } from '@/lib/domain/disposisi/status';
import { formatTanggal } from '@/lib/domain/tanggal';
import type { DisposisiTerlambat } from '@/lib/services/disposisi/list-disposisi-terlambat';

/** The giver's overdue disposisi as rows: under the Disposisi page's list, and on their own page. */
export function DisposisiTerlambatList({ rows, now }: { rows: DisposisiTerlambat[]; now: Date }) {
  return (
    <LetterList
      label="Disposisi terlambat"
      rows={rows.map((r) => ({
        id: r.id,
        href: `/surat-masuk/${r.naskahId}`,
        title: r.perihal,
        subtitle: `Kepada ${r.kepada}`,
        meta: `Batas waktu ${formatTanggal(r.batasWaktu)}`,
        at: r.batasWaktu,
        status: labelStatusDisposisi(r.status, r.batasWaktu, now),
        overdue: true,
      }))}
    />
  );
}
