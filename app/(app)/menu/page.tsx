import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { requireActor } from '@/lib/actions/current-actor';
import { navigationFor } from '@/lib/navigation';
import { NavIcon } from '@/components/shell/nav-icon';
import { PushToggle } from '@/components/shell/push-toggle';
import { SignOutButton } from '@/components/shell/sign-out-button';
import { signOutAction } from '../actions';

export const metadata: Metadata = { title: 'Menu' };

/** The phone's full menu: everything the bottom bar has no room for, and signing out. */
export default async function MenuPage() {
  const actor = await requireActor();
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-bold text-slate-900">Menu</h1>
      <nav aria-label="Menu lengkap">
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white">
          {navigationFor(actor).map((item) => (
            <li key={item.key}>
              <Link href={item.href} className="flex min-h-12 items-center gap-3 px-4 py-3 font-medium text-slate-800">
                <NavIcon name={item.key} className="text-brand-700" />
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <PushToggle />
      <SignOutButton action={signOutAction} className="w-full rounded-xl border border-red-200 bg-white px-4 py-3 font-semibold text-red-700" />
    </div>
  );
}
