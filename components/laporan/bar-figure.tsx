'use client';
// One report figure as horizontal bars (Recharts). Clicking a bar opens the list behind it; the
// same links sit in the table beside the chart for keyboards, screen readers and printouts.
import { useRouter } from 'next/navigation';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface BarDatum {
  label: string;
  value: number;
  href: string | null;
}

const WARNA = '#1d5fa8';

// Long labels (a step with its post's full name) would pile up over each other beside the bars;
// the full wording is in the table under the chart.
const PANJANG_LABEL = 34;
const ringkas = (label: string) => (label.length > PANJANG_LABEL ? `${label.slice(0, PANJANG_LABEL - 1).trimEnd()}…` : label);

export function BarFigure({ data, satuan = '', warna = WARNA }: { data: BarDatum[]; satuan?: string; warna?: string }) {
  const router = useRouter();
  if (data.length === 0) return null;
  const height = Math.min(360, 36 + data.length * 34);
  return (
    <div className="h-full w-full" style={{ height }} aria-hidden="true" data-testid="bar-figure">
      <ResponsiveContainer width="100%" height="100%">
        {/* No keyboard layer: the chart is hidden from assistive technology, the table beside it is the accessible form. */}
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11, fill: '#475569' }} />
          <YAxis type="category" dataKey="label" width={130} tick={{ fontSize: 11, fill: '#334155' }} tickFormatter={ringkas} interval={0} />
          <Tooltip formatter={(v) => [`${Number(v).toLocaleString('id-ID')}${satuan}`, '']} separator="" cursor={{ fill: '#f1f5f9' }} />
          <Bar dataKey="value" radius={[0, 4, 4, 0]} isAnimationActive={false} onClick={(d) => (d.payload as BarDatum | undefined)?.href && router.push((d.payload as BarDatum).href!)}>
            {data.map((d) => (
              <Cell key={d.label} fill={warna} cursor={d.href ? 'pointer' : 'default'} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
