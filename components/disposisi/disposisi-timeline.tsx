import type { SuratView } from '@/lib/services/surat-masuk/open-surat';
import { formatTanggal, formatTanggalJam } from '@/lib/domain/tanggal';
import { Badge } from '@/components/ui/badge';

const STATUS_TONE = {
  BELUM_DIBACA: 'slate',
  DIBACA: 'blue',
  DITINDAKLANJUTI: 'amber',
  SELESAI: 'green',
  DITARIK: 'slate',
  TERLAMBAT: 'red',
} as const;

type Disposisi = SuratView['disposisi'][number];

/** Who disposed to whom, in order, with every recipient's state and times. */
export function DisposisiTimeline({ disposisi, renderWithdraw }: { disposisi: Disposisi[]; renderWithdraw: (d: Disposisi) => React.ReactNode }) {
  if (disposisi.length === 0) return <p className="text-sm text-slate-500">Belum ada disposisi.</p>;
  return (
    <ol className="relative space-y-4 border-l-2 border-slate-200 pl-4" aria-label="Riwayat disposisi">
      {disposisi.map((d) => (
        <li key={d.id} className="relative" data-testid="disposisi-item">
          <span className="absolute top-1.5 -left-[23px] h-3 w-3 rounded-full border-2 border-white bg-brand-600" aria-hidden="true" />
          <p className="text-sm">
            <strong>{d.dari.nama}</strong> <span className="text-slate-500">· {formatTanggalJam(d.createdAt)}</span>
            {d.ditarikAt && <span className="ml-1"><Badge>ditarik</Badge></span>}
          </p>
          {d.instruksi.length > 0 && <p className="text-sm text-slate-700">{d.instruksi.join(' · ')}</p>}
          {d.catatan && <p className="text-sm text-slate-600 italic">“{d.catatan}”</p>}
          {d.batasWaktu && <p className="text-xs text-slate-500">Batas waktu {formatTanggal(d.batasWaktu)}</p>}
          <ul className="mt-1.5 space-y-1">
            {d.penerima.map((p) => (
              <li key={p.id} className="rounded-md bg-slate-50 px-2 py-1.5 text-sm" data-testid="disposisi-penerima">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{p.jabatan.nama}</span>
                  <Badge tone={STATUS_TONE[p.status]}>{p.label}</Badge>
                </div>
                <p className="text-xs text-slate-500">
                  {p.readAt ? `Dibaca ${formatTanggalJam(p.readAt)}` : 'Belum dibaca'}
                  {p.selesaiAt ? ` · Selesai ${formatTanggalJam(p.selesaiAt)}` : ''}
                </p>
                {p.tindakLanjut.map((t) => (
                  <div key={t.id} className="mt-1 text-xs text-slate-700">
                    <p>
                      ↳ {t.catatan} <span className="text-slate-500">({formatTanggalJam(t.createdAt)})</span>
                    </p>
                    {t.berkas.length > 0 && (
                      <ul className="mt-0.5 flex flex-wrap gap-1.5 pl-3" aria-label="Lampiran tindak lanjut">
                        {t.berkas.map((b) => (
                          <li key={b.id}>
                            <a href={`/berkas/${b.id}`} target="_blank" rel="noopener" className="inline-block rounded border border-slate-300 bg-white px-1.5 py-0.5 text-brand-700 underline-offset-2 hover:underline">
                              {b.namaFile}
                            </a>
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                ))}
              </li>
            ))}
          </ul>
          {renderWithdraw(d)}
        </li>
      ))}
    </ol>
  );
}
