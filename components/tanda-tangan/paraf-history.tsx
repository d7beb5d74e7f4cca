import { formatTanggalJam } from '@/lib/domain/tanggal';
import { Badge } from '@/components/ui/badge';

const STATUS = {
  MENUNGGU: { label: 'Menunggu', tone: 'slate' },
  DISETUJUI: { label: 'Paraf', tone: 'green' },
  DIKEMBALIKAN: { label: 'Dikembalikan', tone: 'amber' },
} as const;

export interface ParafRow {
  id: string;
  putaran: number;
  jabatan: string;
  nama: string | null;
  status: keyof typeof STATUS;
  catatan: string | null;
  actedAt: Date | null;
}

/** Every step of the review chain, round by round, with who initialled or returned it and when. */
export function ParafHistory({ rows }: { rows: ParafRow[] }) {
  if (rows.length === 0) return <p className="text-sm text-slate-500">Naskah diajukan langsung tanpa verifikator.</p>;
  const rounds = [...new Set(rows.map((r) => r.putaran))];
  return (
    <div className="space-y-3">
      {rounds.map((putaran) => (
        <div key={putaran}>
          {rounds.length > 1 && <p className="mb-1 text-xs font-semibold text-slate-500">Putaran {putaran}</p>}
          <ol className="space-y-2">
            {rows
              .filter((r) => r.putaran === putaran)
              .map((r) => (
                <li key={r.id} className="rounded-md border border-slate-200 px-3 py-2 text-sm">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <span className="font-medium text-slate-800">{r.jabatan}</span>
                    <Badge tone={STATUS[r.status].tone}>{STATUS[r.status].label}</Badge>
                  </div>
                  {(r.nama || r.actedAt) && (
                    <p className="text-xs text-slate-500">
                      {r.nama}
                      {r.actedAt ? ` · ${formatTanggalJam(r.actedAt)}` : ''}
                    </p>
                  )}
                  {r.catatan && <p className="mt-1 text-slate-700">{r.catatan}</p>}
                </li>
              ))}
          </ol>
        </div>
      ))}
    </div>
  );
}
