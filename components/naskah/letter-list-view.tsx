'use client';
import Link from '@/components/ui/link';
import { Badge, type BadgeTone } from '@/components/ui/badge';

/**
 * A row as the browser gets it: words and links already chosen on the server, nothing else. A tuple,
 * not an object: the flight data would name every field in every row, and the page's HTML carries
 * the flight data again, its quotes escaped (~70 bytes a row, twice).
 */
export type LetterRowView = [
  href: string | null,
  title: string,
  subtitle: string | null,
  meta: string | null,
  unread: 0 | 1,
  badges: [BadgeTone, string][],
  /** ISO time to the minute, and its words (formatted on the server: the browser's date words may differ). */
  at: string,
  atText: string,
];

/**
 * The rows' markup, as a client component: the page's flight data then carries each row's data
 * (~250 bytes) instead of its rendered element tree (~700), once in the RSC answer and again
 * inlined in the HTML, which is what a list page's server time grows with. Rows are keyed by
 * position, not by an id sent along for nothing (a uuid is 36 bytes a row, twice): a row holds
 * no state of its own, so a new page of rows only changes what each one shows.
 */
export function LetterListView({ rows, label }: { rows: LetterRowView[]; label: string }) {
  return (
    <ul aria-label={label} className="letter-list">
      {rows.map(([href, title, subtitle, meta, unread, badges, at, atText], position) => (
        <li key={position} className={unread ? 'unread' : undefined}>
          <div>
            {badges.map(([tone, text], i) => (
              <Badge key={i} tone={tone}>
                {text}
              </Badge>
            ))}
            {/* Two lines, not one: the perihal is what the pejabat reads the list for (one line held 12 characters on a phone). */}
            <strong>{href ? <Link href={href}>{title}</Link> : title}</strong>
            {subtitle && <p>{subtitle}</p>}
            {meta && <small>{meta}</small>}
          </div>
          <time dateTime={at}>{atText}</time>
        </li>
      ))}
    </ul>
  );
}
