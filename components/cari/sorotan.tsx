/**
 * Text with the matching words marked, from berselang (lib/domain/cari/highlight.ts): plain and
 * marked parts take turns. Every part is rendered as text, so React escapes it.
 */
export function Sorotan({ potongan }: { potongan: readonly string[] }) {
  return <>{potongan.map((teks, i) => (i % 2 === 1 ? <mark key={i}>{teks}</mark> : teks))}</>;
}
