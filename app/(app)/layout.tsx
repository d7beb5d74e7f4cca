import Link from 'next/link';
import { requireActor } from '@/lib/actions/current-actor';
import { actingPrefix } from '@/lib/domain/jabatan/acting';
import { bottomBarItems, navigationFor } from '@/lib/navigation';
import { countWorklistsForPage } from '@/lib/services/beranda/count-worklists-for-page';
import { countNotifikasiBelumDibaca } from '@/lib/services/notifikasi/list-notifikasi';
import { AppLogo } from '@/components/shell/app-logo';
import { BottomBarLinks, SidebarLinks } from '@/components/shell/nav-links';
import { NotifikasiLink } from '@/components/shell/notifikasi-link';
import { PostSwitcher } from '@/components/shell/post-switcher';
import { HeaderSearch } from '@/components/shell/header-search';
import { LuringStatus } from '@/components/shell/luring-status';
import { LuringProvider } from '@/lib/offline/luring-context';
import { SignOutButton } from '@/components/shell/sign-out-button';
import { signOutAction, switchPostAction } from './actions';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const items = navigationFor(actor);
  const [counts, notifikasiBelumDibaca] = await Promise.all([countWorklistsForPage(actor), countNotifikasiBelumDibaca(actor)]);
  const post = actor.activePost;
  const switcherPosts = actor.posts.map((p) => ({ jabatanId: p.jabatanId, label: `${actingPrefix(p.penugasan)}${p.nama}` }));

  return (
    <LuringProvider pelaku={{ pegawaiId: actor.pegawaiId, jabatanId: post?.jabatanId ?? null }}>
      <div className="min-h-dvh md:flex">
        <a href="#isi" className="sr-only z-50 rounded-md bg-white px-4 py-3 font-semibold text-brand-700 shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2">
          Langsung ke isi
        </a>
        <aside className="hidden w-64 shrink-0 flex-col bg-brand-900 px-3 py-4 md:flex">
          <Link href="/" className="mb-6 flex items-center gap-2 px-2 text-white">
            <AppLogo className="h-9 w-9" />
            <span>
              <span className="block text-lg leading-tight font-bold">e-Office</span>
              <span className="block text-xs text-brand-100">{post?.opdNama ?? 'Tata Naskah Dinas'}</span>
            </span>
          </Link>
          <nav aria-label="Navigasi utama">
            <SidebarLinks keys={items.map((i) => i.key)} counts={counts} />
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
                  {actor.nama}
                </p>
                {switcherPosts.length > 1 ? (
                  <PostSwitcher posts={switcherPosts} activeJabatanId={post?.jabatanId ?? null} action={switchPostAction} />
                ) : (
                  <p className="truncate text-xs text-slate-500" data-testid="active-post">
                    {post ? `${actingPrefix(post.penugasan)}${post.nama}` : 'Tidak memegang jabatan'}
                  </p>
                )}
              </div>
              {/* On the phone the box takes a row of its own under the name; on the desktop it sits inline. */}
              <div className="order-last w-full md:order-none md:w-auto md:max-w-md md:flex-1">
                <HeaderSearch />
              </div>
              <NotifikasiLink belumDibaca={notifikasiBelumDibaca} />
              <SignOutButton
                action={signOutAction}
                className="hidden min-h-11 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 md:block"
              />
            </div>
            <LuringStatus pegawaiId={actor.pegawaiId} />
          </header>

          <main id="isi" tabIndex={-1} className="flex-1 px-4 pt-4 pb-24 outline-none md:px-6 md:pb-8">
            {children}
          </main>

          <nav
            aria-label="Navigasi bawah"
            className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-200 bg-white pb-[env(safe-area-inset-bottom)] md:hidden"
          >
            <BottomBarLinks keys={bottomBarItems(items).map((i) => i.key)} counts={counts} />
          </nav>
        </div>
      </div>
    </LuringProvider>
  );
}
