// The look of each tone is the badge-* classes (app/globals.css): a list page draws dozens of badges,
// and each class name goes out twice, in the HTML and again in the page's RSC data.
export type BadgeTone = 'slate' | 'amber' | 'red' | 'blue' | 'green';

export function Badge({ tone = 'slate', children }: { tone?: BadgeTone; children: React.ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
