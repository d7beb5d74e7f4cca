/** A box that scrolls on its own (a wide table, a long list): focusable and named, so a keyboard can scroll it (WCAG 2.1.1). */
export function ScrollRegion({ label, className, children }: { label: string; className?: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={className}>
      {children}
    </div>
  );
}
