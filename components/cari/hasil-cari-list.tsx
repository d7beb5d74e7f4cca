'use client';
import Link from '@/components/ui/link';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Sorotan } from '@/components/cari/sorotan';

/**
 * One search result as the browser gets it: its words, marks and link, chosen on the server. Each
 * text is plain and marked parts in turn (berselang). A tuple, like a list row (LetterRowView): the
 * flight data would otherwise name each field in each result, twice.
 */
export type HasilCariView = [
  tautan: string,
  badges: [BadgeTone, string][],
  /** ISO day or time to the minute, and its words (formatted on the server: the browser's date words may differ). */
  tanggal: string,
  tanggalText: string,
  perihal: string[],
  nomor: string[],
  pihak: string[],
  cuplikan: string[],
  /** Why a letter found through the actor's disposisi catatan or tindak lanjut matched: where, and the words. */
  catatan: [string, string[]] | null,
];

/**
 * The results' markup, as a client component: the flight data carries each result's words (about a
 * third of its rendered element tree), once in the RSC answer and again inlined in the HTML. A
 * result is plain elements styled from .hasil-list (app/globals.css), not a class per element:
 * <li><div>badges <time></div> <strong>perihal</strong> <small>nomor</small> <p>pihak</p> <blockquote>excerpt</blockquote>
 */
export function HasilCariList({ hasil }: { hasil: HasilCariView[] }) {
  return (
    <ol aria-label="Hasil pencarian" className="hasil-list">
      {hasil.map(([tautan, badges, tanggal, tanggalText, perihal, nomor, pihak, cuplikan, catatan]) => (
        <li key={tautan}>
          <div>
            {badges.map(([tone, text], i) => (
              <Badge key={i} tone={tone}>
                {text}
              </Badge>
            ))}
            <time dateTime={tanggal}>{tanggalText}</time>
          </div>
          <strong>
            <Link href={tautan}>
              <Sorotan potongan={perihal} />
            </Link>
          </strong>
          {nomor.length > 0 && (
            <small>
              Nomor <Sorotan potongan={nomor} />
            </small>
          )}
          {pihak.length > 0 && (
            <p>
              <Sorotan potongan={pihak} />
            </p>
          )}
          {cuplikan.length > 0 && (
            <blockquote>
              <Sorotan potongan={cuplikan} />
            </blockquote>
          )}
          {catatan && (
            <blockquote data-testid="cocok-catatan">
              <span className="font-medium text-slate-700">{catatan[0]}:</span> <Sorotan potongan={catatan[1]} />
            </blockquote>
          )}
        </li>
      ))}
    </ol>
  );
}
