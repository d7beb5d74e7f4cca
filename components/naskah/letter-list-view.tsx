'use client';
import Link from '@/components/ui/link';
import { Badge, type BadgeTone } from '@/components/ui/badge';

/** A row as the browser gets it: words and links already chosen on the server, nothing else. */
export interface LetterRowView {
  href?: string;
  title: string;
  subtitle?: string | null;
  meta?: string | null;
  unread?: boolean;
  badges: [BadgeTone, string][];
  /** ISO time and its words (formatted on the server: the browser's date words may differ). */
  at: [string, string];
}

/**
 * The rows' markup, as a client component: the page's flight data then carries each row's data
 * (~250 bytes) instead of its rendered element tree (~700), once in the RSC answer and again
 * inlined in the HTML, which is what a list page's server time grows with. Rows are keyed by
 * position, not by an id sent along for nothing (30 uuids, 3 KB of a list page's HTML): a row holds
 * no state of its own, so a new page of rows only changes what each one shows.
 */
export function LetterListView({ rows, label }: { rows: LetterRowView[]; label: string }) {
  return (
    <ul aria-label={label} className="letter-list">
      {rows.map((row, position) => (
        <li key={position} className={row.unread ? 'letter-row unread' : 'letter-row'}>
          <div className="letter-body">
            {row.badges.length > 0 && (
              <div className="letter-badges">
                {row.badges.map(([tone, text], i) => (
                  <Badge key={i} tone={tone}>
                    {text}
                  </Badge>
                ))}
              </div>
            )}
            {/* Two lines, not one: the perihal is what the pejabat reads the list for (one line held 12 characters on a phone). */}
            <p className="letter-title">{row.href ? <Link href={row.href}>{row.title}</Link> : row.title}</p>
            {row.subtitle && <p className="letter-sub">{row.subtitle}</p>}
            {row.meta && <p className="letter-meta">{row.meta}</p>}
          </div>
          <time className="letter-at" dateTime={row.at[0]}>
            {row.at[1]}
          </time>
        </li>
      ))}
    </ul>
  );
}
