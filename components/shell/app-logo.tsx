/** The product mark: a folded letter with a check, drawn by the stylesheet (app/ikon.css) so the
 * pages that show it twice (sidebar and phone header) carry one class instead of its shapes. */
export function AppLogo({ className }: { className?: string }) {
  return <span className={className ? `app-logo ${className}` : 'app-logo'} aria-hidden="true" />;
}
