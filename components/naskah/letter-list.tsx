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

/** One list shape for every worklist: inbox, disposisi, konsep, tanda tangan, arsip. */
export function LetterList({ rows, label }: { rows: LetterRow[]; label: string }) {
  return (
    <ul aria-label={label} className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white">
      {rows.map((row) => (
        <li key={row.id} className={`relative flex gap-3 px-4 py-3 ${row.unread ? 'bg-brand-50/60' : ''}`}>
          <span className={`mt-1.5 h-2.5 w-2.5 shrink-0 rounded-full ${row.unread ? 'bg-brand-600' : 'bg-transparent'}`} aria-hidden="true" />
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-center gap-1.5">
              {row.derajatKecepatan && row.derajatKecepatan !== 'BIASA' && (
                <Badge tone={row.derajatKecepatan === 'SANGAT_SEGERA' ? 'red' : 'amber'}>{DERAJAT_KECEPATAN_LABEL[row.derajatKecepatan]}</Badge>
              )}
              {row.klasifikasiKeamanan && row.klasifikasiKeamanan !== 'BIASA' && (
                <Badge tone="slate">{KLASIFIKASI_KEAMANAN_LABEL[row.klasifikasiKeamanan]}</Badge>
              )}
              {row.status && <Badge tone={row.overdue ? 'red' : 'blue'}>{row.status}</Badge>}
            </div>
            {/* Two lines, not one: the perihal is what the pejabat reads the list for (one line held 12 characters on a phone). */}
            <p className={`mt-0.5 line-clamp-2 break-words ${row.unread ? 'font-semibold' : 'font-medium'} text-slate-900`}>
              {row.href ? (
                <Link href={row.href} className="after:absolute after:inset-0 hover:text-brand-700">
                  {row.title}
                </Link>
              ) : (
                row.title
              )}
            </p>
            {row.subtitle && <p className="truncate text-sm text-slate-600">{row.subtitle}</p>}
            {row.meta && <p className="truncate text-xs text-slate-500">{row.meta}</p>}
          </div>
          <time className="w-20 shrink-0 text-right text-xs text-slate-500 sm:w-auto" dateTime={row.at.toISOString()}>
            {formatTanggalJam(row.at)}
          </time>
        </li>
      ))}
    </ul>
  );
}
