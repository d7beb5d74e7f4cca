import { Badge } from '@/components/ui/badge';
import { formatTanggalJam } from '@/lib/domain/tanggal';

export interface TimelineStep {
  id: string;
  jabatanId: string;
  putaran: number;
  urutan: number;
  status: 'MENUNGGU' | 'DISETUJUI' | 'DIKEMBALIKAN';
  catatan: string | null;
  actedAt: Date | null;
  jabatan: { nama: string; namaSingkat: string };
}

const STATUS = {
  MENUNGGU: { label: 'Menunggu', tone: 'slate' },
  DISETUJUI: { label: 'Paraf', tone: 'green' },
  DIKEMBALIKAN: { label: 'Dikembalikan', tone: 'red' },
} as const;

/** The paraf chain, round by round, newest round first. */
export function ChainTimeline({ steps, currentStepId, penandatanganJabatanId }: { steps: TimelineStep[]; currentStepId: string | null; penandatanganJabatanId: string | null }) {
  if (steps.length === 0) return <p className="text-sm text-slate-600">Belum diajukan.</p>;
  const rounds = [...new Set(steps.map((s) => s.putaran))].sort((a, b) => b - a);
  return (
    <div className="space-y-4">
      {rounds.map((putaran) => (
        <div key={putaran}>
          <p className="mb-1 text-xs font-semibold text-slate-500">Putaran {putaran}</p>
          <ol className="space-y-1.5" aria-label={`Alur verifikasi putaran ${putaran}`}>
            {steps
              .filter((s) => s.putaran === putaran)
              .map((s) => (
                <li key={s.id} className={`rounded-md border px-3 py-2 text-sm ${s.id === currentStepId ? 'border-brand-600 bg-brand-50' : 'border-slate-200 bg-white'}`}>
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">{s.jabatan.nama}</span>
                    {s.jabatanId === penandatanganJabatanId && <span className="text-xs text-slate-500">(penandatangan)</span>}
                    <Badge tone={STATUS[s.status].tone}>{s.id === currentStepId ? 'Giliran' : STATUS[s.status].label}</Badge>
                    {s.actedAt && <time className="text-xs text-slate-500">{formatTanggalJam(s.actedAt)}</time>}
                  </div>
                  {s.catatan && <p className="mt-1 whitespace-pre-line text-slate-700">“{s.catatan}”</p>}
                </li>
              ))}
          </ol>
        </div>
      ))}
    </div>
  );
}
