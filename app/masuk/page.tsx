import Link from '@/components/ui/link';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { findCurrentActor } from '@/lib/actions/current-actor';
import { safeReturnPath } from '@/lib/domain/auth/return-path';
import { SignInForm } from '@/components/auth/sign-in-form';
import { AppLogo } from '@/components/shell/app-logo';
import { signInAction } from './actions';

export const metadata: Metadata = { title: 'Masuk' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // The page asked for before signing in (a letter linked from a notification), if it is one of this app's.
  const kembali = safeReturnPath((await searchParams).kembali);
  if (await findCurrentActor()) redirect(kembali ?? '/');
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center bg-gradient-to-b from-brand-900 to-brand-700 px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex flex-col items-center text-center text-white">
          <AppLogo className="h-14 w-14" />
          <h1 className="mt-3 text-2xl font-bold tracking-tight">e-Office</h1>
          <p className="text-sm text-brand-100">Tata Naskah Dinas Elektronik</p>
        </div>
        <div className="rounded-xl bg-white p-6 shadow-xl">
          <h2 className="mb-4 text-lg font-semibold text-slate-800">Masuk ke akun Anda</h2>
          {kembali && <p className="-mt-2 mb-4 text-sm text-slate-600">Setelah masuk, Anda dibawa kembali ke halaman yang tadi dibuka.</p>}
          <SignInForm action={signInAction} kembali={kembali} />
        </div>
        <p className="mt-6 text-center text-xs text-brand-100">
          Lupa kata sandi? Hubungi admin OPD Anda untuk mengatur ulang.
        </p>
        {/* For anyone outside who holds a signed letter: this is the page they find first. */}
        <p className="mt-3 text-center text-sm">
          <Link href="/verifikasi" className="inline-flex min-h-11 items-center px-2 font-semibold text-white underline">
            Periksa keaslian dokumen bertanda tangan elektronik
          </Link>
        </p>
      </div>
    </main>
  );
}
