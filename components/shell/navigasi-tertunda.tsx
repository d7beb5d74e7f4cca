'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';

// Past this the bar goes away even if no page came (a failed request shows Next's error instead).
const GIVE_UP_MS = 20_000;

/** Whether the app's router (not the browser) takes this click to another page. */
function isRoutedClick(event: MouseEvent): boolean {
  // next/link cancels the browser's own navigation for the clicks it routes itself; any other link
  // (a download, a new tab, a modified click) is left to the browser, which shows its own progress.
  if (!event.defaultPrevented || !(event.target instanceof Element)) return false;
  const link = event.target.closest('a[href]');
  if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin) return false;
  return link.pathname + link.search !== window.location.pathname + window.location.search;
}

/**
 * The form of a FormGet submit (data-navigasi) that next/form routed itself, or null. A server
 * action's form is cancelled by React too, but stays on its page.
 */
function routedForm(event: SubmitEvent): HTMLFormElement | null {
  const form = event.target;
  return event.defaultPrevented && form instanceof HTMLFormElement && form.hasAttribute('data-navigasi') ? form : null;
}

/** Whether the routed submit goes to another page than the one shown. */
function toAnotherPage(form: HTMLFormElement): boolean {
  const tujuan = new URL(form.action, window.location.href);
  // A GET form's fields replace the action's query (HTML's rule, and next/form's).
  tujuan.search = new URLSearchParams([...new FormData(form)].map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : v.name])).toString();
  return tujuan.origin === window.location.origin && tujuan.pathname + tujuan.search !== window.location.pathname + window.location.search;
}

/**
 * A thin bar at the top from the tap on a link (or a search or filter sent) until its page
 * arrives. Pages are rendered per person and links are not prefetched (components/ui/link.tsx), so
 * on a slow phone network a tap waits for the server; without this the old page just stays and the
 * person taps again.
 */
export function NavigasiTertunda() {
  const search = useSearchParams().toString();
  const here = usePathname() + (search ? `?${search}` : '');
  // Where the tap was made: once the page shown is another (the one tapped, or back), it is over.
  const [tertunda, setTertunda] = useState<{ dari: string } | null>(null);

  useEffect(() => {
    const mulai = () => setTertunda({ dari: window.location.pathname + window.location.search });
    const onClick = (event: MouseEvent) => {
      if (isRoutedClick(event)) mulai();
    };
    const onSubmit = (event: SubmitEvent) => {
      const form = routedForm(event);
      if (!form) return;
      // A page load closed a phone's keyboard; a routed search would leave it open over the results.
      if (document.activeElement instanceof HTMLElement && form.contains(document.activeElement)) document.activeElement.blur();
      if (toAnotherPage(form)) mulai();
    };
    document.addEventListener('click', onClick);
    document.addEventListener('submit', onSubmit);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('submit', onSubmit);
    };
  }, []);

  useEffect(() => {
    if (!tertunda) return;
    const timer = window.setTimeout(() => setTertunda(null), GIVE_UP_MS);
    return () => window.clearTimeout(timer);
  }, [tertunda]);

  // Another page is shown (the one tapped, or back): over. Set during render, React's way for state
  // that follows a changed value, so a later return to this page cannot show the bar again.
  if (tertunda && tertunda.dari !== here) setTertunda(null);
  if (!tertunda || tertunda.dari !== here) return null;
  return (
    <div role="status" className="navigasi-tertunda" data-testid="navigasi-tertunda">
      <span className="sr-only">Memuat halaman…</span>
    </div>
  );
}
