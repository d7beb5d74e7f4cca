import type { DiffPart, DiffRow } from '@/lib/domain/naskah/diff';
import { formatTanggalJam } from '@/lib/domain/tanggal';

interface Side {
  versi: number;
  createdAt: Date;
  catatan: string | null;
}

function Parts({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((p, i) => (
        <span key={i}>
          {p.kind === 'removed' ? <del className="bg-red-100 text-red-900">{p.text}</del> : p.kind === 'added' ? <ins className="bg-emerald-100 text-emerald-900 no-underline">{p.text}</ins> : p.text}{' '}
        </span>
      ))}
    </>
  );
}

const ROW_TONE: Record<DiffRow['kind'], string> = { same: '', changed: 'bg-amber-50/50', added: 'bg-emerald-50/60', removed: 'bg-red-50/60' };

/** Two versions side by side, paragraph by paragraph; on a phone the columns stack. */
export function VersionDiff({ diff }: { diff: { kiri: Side; kanan: Side; rows: DiffRow[] } }) {
  const head = (s: Side) => (
    <div className="text-sm">
      <p className="font-semibold">Versi {s.versi}</p>
      <p className="text-xs text-slate-500">
        {formatTanggalJam(s.createdAt)}
        {s.catatan ? ` · ${s.catatan}` : ''}
      </p>
    </div>
  );
  return (
    <div className="overflow-hidden rounded-xl border border-slate-200 bg-white" data-testid="version-diff">
      <div className="grid grid-cols-2 gap-4 border-b border-slate-200 bg-slate-50 px-4 py-2">
        {head(diff.kiri)}
        {head(diff.kanan)}
      </div>
      {diff.rows.map((row, i) => (
        <div key={i} className={`grid grid-cols-2 gap-4 border-b border-slate-100 px-4 py-1.5 text-sm ${ROW_TONE[row.kind]}`}>
          <p className="min-w-0 break-words">
            <Parts parts={row.left} />
          </p>
          <p className="min-w-0 break-words">
            <Parts parts={row.right} />
          </p>
        </div>
      ))}
    </div>
  );
}
