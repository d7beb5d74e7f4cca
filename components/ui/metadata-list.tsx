'use client';
// A client component only so the page's RSC data carries the label/value pairs, not a dt/dd element
// tree with its class names (sent twice: in the HTML and again in the RSC answer).
import { Fragment } from 'react';

/**
 * A value with a line-break opportunity after each '/': a nomor ('000.1.2.3/0193/INSPEKTORAT/2025')
 * then wraps between its parts on a phone rather than inside a word. <wbr> is not copied with the text.
 */
function pecahDiGaris(v: string) {
  const bagian = v.split('/');
  return bagian.map((b, i) => (
    <Fragment key={i}>
      {b}
      {i < bagian.length - 1 && (
        <>
          /<wbr />
        </>
      )}
    </Fragment>
  ));
}

/** Label and value rows as a two-column definition list (the caller leaves out rows without a value). */
export function MetadataList({ rows }: { rows: [string, string][] }) {
  return (
    <dl className="grid grid-cols-[8.5rem_minmax(0,1fr)] gap-x-3 gap-y-1.5 text-sm">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-slate-500">{k}</dt>
          <dd className="min-w-0 break-words text-slate-900">{pecahDiGaris(v)}</dd>
        </div>
      ))}
    </dl>
  );
}
