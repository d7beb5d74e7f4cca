// A report figure: title, the chart, and the table of the same numbers with drill-down links.
import Link from '@/components/ui/link';
import { BarFigure, type BarDatum } from './bar-figure';

export function FigureCard({ title, id, children }: { title: string; id: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="min-w-0 rounded-xl border border-slate-200 bg-white p-4">
      <h2 id={id} className="mb-3 text-base font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function BarTable({ title, id, data, kolom, satuan, warna, kosong = 'Tidak ada data pada periode ini.' }: { title: string; id: string; data: BarDatum[]; kolom: string; satuan?: string; warna?: string; kosong?: string }) {
  return (
    <FigureCard title={title} id={id}>
      {data.length === 0 ? (
        <p className="text-sm text-slate-500">{kosong}</p>
      ) : (
        <>
          <BarFigure data={data} satuan={satuan} warna={warna} />
          <table className="mt-3 w-full text-sm">
            <thead>
              <tr className="border-b border-slate-200 text-left text-slate-500">
                <th className="py-1 font-medium">{kolom}</th>
                <th className="py-1 text-right font-medium">Jumlah</th>
              </tr>
            </thead>
            <tbody>
              {data.map((d) => (
                <tr key={d.label} className="border-b border-slate-100 last:border-0">
                  <td className="py-1.5 pr-2">{d.href ? <Link className="text-brand-700 underline-offset-2 hover:underline" href={d.href}>{d.label}</Link> : d.label}</td>
                  <td className="py-1.5 text-right tabular-nums">{d.value.toLocaleString('id-ID')}{satuan}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </FigureCard>
  );
}

export function Kpi({ label, value, href, tone = 'normal' }: { label: string; value: string; href?: string; tone?: 'normal' | 'warn' }) {
  const body = (
    <>
      <span className="block text-xs font-medium text-slate-500">{label}</span>
      <span className={`mt-0.5 block text-xl font-bold tabular-nums ${tone === 'warn' ? 'text-red-700' : 'text-slate-900'}`}>{value}</span>
    </>
  );
  return href ? (
    <Link href={href} className="block rounded-lg border border-slate-200 bg-white px-3 py-2 hover:border-brand-300">
      {body}
    </Link>
  ) : (
    <div className="rounded-lg border border-slate-200 bg-white px-3 py-2">{body}</div>
  );
}
