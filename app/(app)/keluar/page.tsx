import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { requireActor } from '@/lib/actions/current-actor';
import { SignOutButton } from '@/components/shell/sign-out-button';
import { signOutAction } from '../actions';

export const metadata: Metadata = { title: 'Keluar' };

/** Where Auth.js' GET /api/auth/signout leads (pages.signOut): signing out itself stays a POST
 * through the sign-out server action, which Next and proxy.ts refuse from another site. */
export default async function SignOutPage() {
  const actor = await requireActor();
  return (
    <div className="mx-auto max-w-md space-y-4 rounded-xl border border-slate-200 bg-white p-6">
      <h1 className="text-xl font-bold text-slate-900">Keluar dari e-Office?</h1>
      <p className="text-slate-700">Anda masuk sebagai {actor.nama}. Setelah keluar, sesi ini berakhir dan Anda perlu masuk kembali untuk membuka naskah.</p>
      <div className="flex flex-wrap gap-3">
        <SignOutButton action={signOutAction} className="rounded-lg bg-red-700 px-4 py-2 font-semibold text-white" />
        <Link href="/" className="rounded-lg border border-slate-300 px-4 py-2 font-semibold text-slate-800">
          Batal
        </Link>
      </div>
    </div>
  );
}
