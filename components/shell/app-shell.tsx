'use client';
import Link from '@/components/ui/link';
import type { FormState } from '@/lib/actions/form-state';
import type { NavKey } from '@/lib/menu-items';
import type { WorklistCounts } from '@/lib/services/beranda/count-worklists';
import { AppLogo } from '@/components/shell/app-logo';
import { HeaderSearch } from '@/components/shell/header-search';
import { LuringStatus } from '@/components/shell/luring-status';
import { BottomBarLinks, SidebarLinks } from '@/components/shell/nav-links';
import { NavigasiTertunda } from '@/components/shell/navigasi-tertunda';
import { NotifikasiLink } from '@/components/shell/notifikasi-link';
import { PostSwitcher, type SwitcherPost } from '@/components/shell/post-switcher';
import { SignOutButton } from '@/components/shell/sign-out-button';

/** What the shell shows of the signed-in person, decided on the server (app/(app)/layout.tsx). */
export interface ShellView {
  pegawaiId: string;
  nama: string;
  opdNama: string | null;
  /** "Plt. Kepala Dinas …", or null when the person holds no post. */
  postLabel: string | null;
  activeJabatanId: string | null;
  switcherPosts: SwitcherPost[];
  sidebarKeys: NavKey[];
  bottomKeys: NavKey[];
  counts: WorklistCounts;
  notifikasiBelumDibaca: number;
}

/**
 * The signed-in page frame (sidebar, header, bottom bar), as a client component: every page's
 * flight data then carries these few values instead of the frame's element tree, once in the RSC
 * answer and again inlined in the HTML.
 */
export function AppShell({
  view,
  signOutAction,
  switchPostAction,
  children,
}: {
  view: ShellView;
  signOutAction: () => Promise<void>;
  switchPostAction: (prev: FormState, data: FormData) => Promise<FormState>;
  children: React.ReactNode;
}) {
  return (
    <div className="min-h-dvh md:flex">
      <NavigasiTertunda />
      <a href="#isi" className="lewati-ke-isi">
        Langsung ke isi
      </a>
      <aside className="hidden w-64 shrink-0 flex-col bg-brand-900 px-3 py-4 md:flex">
        <Link href="/" className="mb-6 flex items-center gap-2 px-2 text-white">
          <AppLogo className="h-9 w-9" />
          <span>
            <span className="block text-lg leading-tight font-bold">e-Office</span>
            <span className="block text-xs text-brand-100">{view.opdNama ?? 'Tata Naskah Dinas'}</span>
          </span>
        </Link>
        <nav aria-label="Navigasi utama">
          <SidebarLinks keys={view.sidebarKeys} counts={view.counts} />
        </nav>
      </aside>

      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-10 border-b border-slate-200 bg-white">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-2 px-4 py-2.5 md:flex-nowrap md:px-6">
            <Link href="/" className="flex h-11 w-11 items-center justify-center md:hidden" aria-label="Beranda">
              <AppLogo className="h-8 w-8" />
            </Link>
            <div className="min-w-0 flex-1">
              <p className="truncate text-sm font-semibold text-slate-900" data-testid="actor-name">
                {view.nama}
              </p>
              {view.switcherPosts.length > 1 ? (
                <PostSwitcher posts={view.switcherPosts} activeJabatanId={view.activeJabatanId} action={switchPostAction} />
              ) : (
                <p className="truncate text-xs text-slate-500" data-testid="active-post">
                  {view.postLabel ?? 'Tidak memegang jabatan'}
                </p>
              )}
            </div>
            {/* On the phone the box takes a row of its own under the name; on the desktop it sits inline. */}
            <div className="order-last w-full md:order-none md:w-auto md:max-w-md md:flex-1">
              <HeaderSearch />
            </div>
            <NotifikasiLink belumDibaca={view.notifikasiBelumDibaca} />
            <SignOutButton
              action={signOutAction}
              className="tombol-keluar"
            />
          </div>
          <LuringStatus pegawaiId={view.pegawaiId} />
        </header>

        <main id="isi" tabIndex={-1} className="flex-1 px-4 pt-4 pb-24 outline-none md:px-6 md:pb-8">
          {children}
        </main>

        <nav
          aria-label="Navigasi bawah"
          className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-200 bg-white pb-[env(safe-area-inset-bottom)] md:hidden"
        >
          <BottomBarLinks keys={view.bottomKeys} counts={view.counts} />
        </nav>
      </div>
    </div>
  );
}
