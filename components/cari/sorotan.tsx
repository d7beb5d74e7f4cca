import type { Segmen } from '@/lib/domain/cari/highlight';

/** Text with the matching words marked; each segment is rendered as text, so React escapes it. */
export function Sorotan({ segmen }: { segmen: Segmen[] }) {
  return (
    <>
      {segmen.map((s, i) =>
        s.tanda ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-inherit">
            {s.teks}
          </mark>
        ) : (
          <span key={i}>{s.teks}</span>
        ),
      )}
    </>
  );
}
