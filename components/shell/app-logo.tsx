'use client';

// A client component although it has no state: the layout draws it twice on every page, and as
// server markup its shapes travelled in every page's flight data too; now that carries a reference.

/** The product mark: a folded letter with a check, drawn inline so it needs no asset. */
export function AppLogo({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 48 48" className={className} aria-hidden="true">
      <rect x="2" y="2" width="44" height="44" rx="10" fill="#ffffff" />
      <path d="M10 16h28v18a2 2 0 0 1-2 2H12a2 2 0 0 1-2-2z" fill="#d9e8ff" stroke="#143d7a" strokeWidth="2.5" />
      <path d="M10 16l14 11 14-11" fill="none" stroke="#143d7a" strokeWidth="2.5" strokeLinejoin="round" />
      <circle cx="35" cy="33" r="7" fill="#f59e0b" />
      <path d="M31.8 33l2.2 2.2 4-4.4" fill="none" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" />
    </svg>
  );
}
