import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { DERAJAT_KECEPATAN_LABEL, KLASIFIKASI_KEAMANAN_LABEL } from '@/lib/domain/naskah/labels';
import { formatTanggalJam } from '@/lib/domain/tanggal';

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
 * letter-* classes in app/globals.css: the row's markup is sent once per row in the HTML and again
 * in the RSC data, so it is kept lean.
 */
export function LetterList({ rows, label }: { rows: LetterRow[]; label: string }) {
  return (
    <ul aria-label={label} className="letter-list">
      {rows.map((row) => {
        const kecepatan = row.derajatKecepatan && row.derajatKecepatan !== 'BIASA' ? row.derajatKecepatan : null;
        const keamanan = row.klasifikasiKeamanan && row.klasifikasiKeamanan !== 'BIASA' ? row.klasifikasiKeamanan : null;
        return (
          <li key={row.id} className={row.unread ? 'letter-row unread' : 'letter-row'}>
            <div className="letter-body">
              {(kecepatan || keamanan || row.status) && (
                <div className="letter-badges">
                  {kecepatan && <Badge tone={kecepatan === 'SANGAT_SEGERA' ? 'red' : 'amber'}>{DERAJAT_KECEPATAN_LABEL[kecepatan]}</Badge>}
                  {keamanan && <Badge tone="slate">{KLASIFIKASI_KEAMANAN_LABEL[keamanan]}</Badge>}
                  {row.status && <Badge tone={row.overdue ? 'red' : 'blue'}>{row.status}</Badge>}
                </div>
              )}
              {/* Two lines, not one: the perihal is what the pejabat reads the list for (one line held 12 characters on a phone). */}
              <p className="letter-title">{row.href ? <Link href={row.href}>{row.title}</Link> : row.title}</p>
              {row.subtitle && <p className="letter-sub">{row.subtitle}</p>}
              {row.meta && <p className="letter-meta">{row.meta}</p>}
            </div>
            <time className="letter-at" dateTime={row.at.toISOString()}>
              {formatTanggalJam(row.at)}
            </time>
          </li>
        );
      })}
    </ul>
  );
}
