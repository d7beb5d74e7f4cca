'use client';
// A client component only so the letter page's RSC data carries each disposisi as a few strings,
// not its element tree with every class name (sent twice: in the HTML and again in the RSC answer).
// Times are formatted on the server (WIB), so the browser renders exactly what the server did.
import { Badge, type BadgeTone } from '@/components/ui/badge';

export interface TimelineBerkas {
  id: string;
  namaFile: string;
}

export interface TimelinePenerima {
  nama: string;
  tone: BadgeTone;
  label: string;
  /** "Dibaca … · Selesai …" or "Belum dibaca". */
  waktu: string;
  tindakLanjut: { catatan: string; waktu: string; berkas: TimelineBerkas[] }[];
}

export interface TimelineItem {
  dari: string;
  waktu: string;
  ditarik: boolean;
  instruksi: string;
  catatan: string | null;
  batasWaktu: string | null;
  penerima: TimelinePenerima[];
}

/** Who disposed to whom, in order, with every recipient's state and times; `tarik[i]` is item i's withdraw form. */
export function DisposisiTimelineView({ items, tarik }: { items: TimelineItem[]; tarik: React.ReactNode[] }) {
  if (items.length === 0) return <p className="text-sm text-slate-500">Belum ada disposisi.</p>;
  // Rows are keyed by position: they hold no state, and an id per row would go out in the RSC data.
  return (
    <ol className="relative space-y-4 border-l-2 border-slate-200 pl-4" aria-label="Riwayat disposisi">
      {items.map((d, i) => (
        <li key={i} className="relative" data-testid="disposisi-item">
          <span className="absolute top-1.5 -left-[23px] h-3 w-3 rounded-full border-2 border-white bg-brand-600" aria-hidden="true" />
          <p className="text-sm">
            <strong>{d.dari}</strong> <span className="text-slate-500">· {d.waktu}</span>
            {d.ditarik && <span className="ml-1"><Badge>ditarik</Badge></span>}
          </p>
          {d.instruksi && <p className="text-sm text-slate-700">{d.instruksi}</p>}
          {d.catatan && <p className="text-sm text-slate-600 italic">“{d.catatan}”</p>}
          {d.batasWaktu && <p className="text-xs text-slate-500">Batas waktu {d.batasWaktu}</p>}
          <ul className="mt-1.5 space-y-1">
            {d.penerima.map((p, j) => (
              <li key={j} className="rounded-md bg-slate-50 px-2 py-1.5 text-sm" data-testid="disposisi-penerima">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{p.nama}</span>
                  <Badge tone={p.tone}>{p.label}</Badge>
                </div>
                <p className="text-xs text-slate-500">{p.waktu}</p>
                {p.tindakLanjut.map((t, k) => (
                  <div key={k} className="mt-1 text-xs text-slate-700">
                    <p>
                      ↳ {t.catatan} <span className="text-slate-500">({t.waktu})</span>
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
          {tarik[i]}
        </li>
      ))}
    </ol>
  );
}
