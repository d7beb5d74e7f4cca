import Link from '@/components/ui/link';
import { AppLogo } from '@/components/shell/app-logo';

/** The frame of the public pages: no session, no navigation, readable on a phone. */
export function PublicShell({ children }: { children: React.ReactNode }) {
  return (
    <div className="min-h-dvh">
      <header className="bg-brand-800 text-white">
        <div className="relative mx-auto flex max-w-3xl items-center gap-3 px-4 py-3">
          <AppLogo className="h-9 w-9" />
          <div>
            {/* The whole header band is the link back to the start: a thumb-sized target on a phone. */}
            <Link href="/verifikasi" className="text-base font-bold leading-tight after:absolute after:inset-0">
              Verifikasi Dokumen
            </Link>
            <p className="text-xs text-brand-100">Tanda tangan elektronik naskah dinas</p>
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-3xl px-4 py-5">{children}</main>
    </div>
  );
}
