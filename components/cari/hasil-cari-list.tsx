'use client';
import Link from 'next/link';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Sorotan } from '@/components/cari/sorotan';
import type { Segmen } from '@/lib/domain/cari/highlight';

/** One search result as the browser gets it: its words, marks and link, chosen on the server. */
export interface HasilCariView {
  id: string;
  tautan: string;
  badges: [BadgeTone, string][];
  /** ISO time and its words (formatted on the server: the browser's date words may differ). */
  tanggal: [string, string];
  perihal: Segmen[];
  nomor: Segmen[];
  pihak: Segmen[];
  cuplikan: Segmen[];
}

/**
 * The results' markup, as a client component: the flight data carries each result's words (about a
 * third of its rendered element tree), once in the RSC answer and again inlined in the HTML.
 */
export function HasilCariList({ hasil }: { hasil: HasilCariView[] }) {
  return (
    <ol aria-label="Hasil pencarian" className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white">
      {hasil.map((h) => (
        <li key={h.id} className="relative px-4 py-3">
          <div className="flex flex-wrap items-center gap-1.5">
            {h.badges.map(([tone, text], i) => (
              <Badge key={i} tone={tone}>
                {text}
              </Badge>
            ))}
            <time className="ml-auto text-xs text-slate-500" dateTime={h.tanggal[0]}>
              {h.tanggal[1]}
            </time>
          </div>
          <p className="mt-1 font-medium text-slate-900">
            <Link href={h.tautan} className="after:absolute after:inset-0 hover:text-brand-700">
              <Sorotan segmen={h.perihal} />
            </Link>
          </p>
          {h.nomor.length > 0 && (
            <p className="text-sm text-slate-700">
              Nomor <Sorotan segmen={h.nomor} />
            </p>
          )}
          {h.pihak.length > 0 && (
            <p className="truncate text-sm text-slate-600">
              <Sorotan segmen={h.pihak} />
            </p>
          )}
          {h.cuplikan.length > 0 && (
            <p className="mt-1 line-clamp-2 text-sm text-slate-600" data-testid="cuplikan">
              <Sorotan segmen={h.cuplikan} />
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
