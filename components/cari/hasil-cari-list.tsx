'use client';
import Link from '@/components/ui/link';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Sorotan } from '@/components/cari/sorotan';

/**
 * One search result as the browser gets it: its words, marks and link, chosen on the server. Each
 * text is plain and marked parts in turn (berselang).
 */
export interface HasilCariView {
  tautan: string;
  badges: [BadgeTone, string][];
  /** ISO time and its words (formatted on the server: the browser's date words may differ). */
  tanggal: [string, string];
  perihal: string[];
  nomor: string[];
  pihak: string[];
  cuplikan: string[];
  /** Why a letter found through the actor's disposisi catatan or tindak lanjut matched: where, and the words. */
  catatan: [string, string[]] | null;
}

/**
 * The results' markup, as a client component: the flight data carries each result's words (about a
 * third of its rendered element tree), once in the RSC answer and again inlined in the HTML. The
 * look is the hasil-* classes (app/globals.css), named once rather than per result.
 */
export function HasilCariList({ hasil }: { hasil: HasilCariView[] }) {
  return (
    <ol aria-label="Hasil pencarian" className="hasil-list">
      {hasil.map((h) => (
        <li key={h.tautan} className="hasil-row">
          <div className="hasil-head">
            {h.badges.map(([tone, text], i) => (
              <Badge key={i} tone={tone}>
                {text}
              </Badge>
            ))}
            <time className="hasil-at" dateTime={h.tanggal[0]}>
              {h.tanggal[1]}
            </time>
          </div>
          <p className="hasil-title">
            <Link href={h.tautan}>
              <Sorotan potongan={h.perihal} />
            </Link>
          </p>
          {h.nomor.length > 0 && (
            <p className="hasil-nomor">
              Nomor <Sorotan potongan={h.nomor} />
            </p>
          )}
          {h.pihak.length > 0 && (
            <p className="hasil-pihak">
              <Sorotan potongan={h.pihak} />
            </p>
          )}
          {h.cuplikan.length > 0 && (
            <p className="hasil-cuplikan" data-testid="cuplikan">
              <Sorotan potongan={h.cuplikan} />
            </p>
          )}
          {h.catatan && (
            <p className="hasil-cuplikan" data-testid="cocok-catatan">
              <span className="font-medium text-slate-700">{h.catatan[0]}:</span> <Sorotan potongan={h.catatan[1]} />
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
