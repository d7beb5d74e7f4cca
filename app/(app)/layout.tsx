import type { Metadata } from 'next';
import { requireActor } from '@/lib/actions/current-actor';
import { actingPrefix } from '@/lib/domain/jabatan/acting';
import { bottomBarItems, navigationFor } from '@/lib/navigation';
import { countWorklistsForPage } from '@/lib/services/beranda/count-worklists-for-page';
import { countNotifikasiBelumDibaca } from '@/lib/services/notifikasi/list-notifikasi';
import { AppShell } from '@/components/shell/app-shell';
import { LuringProvider } from '@/lib/offline/luring-context';
import { signOutAction, switchPostAction } from './actions';

// The description is for the public pages a search engine may show; a signed-in page carried it
// twice (head and flight data) on every opening.
export const metadata: Metadata = { description: null };

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const items = navigationFor(actor);
  const [counts, notifikasiBelumDibaca] = await Promise.all([countWorklistsForPage(actor), countNotifikasiBelumDibaca(actor)]);
  const post = actor.activePost;

  return (
    <LuringProvider pelaku={{ pegawaiId: actor.pegawaiId, jabatanId: post?.jabatanId ?? null }}>
      <AppShell
        view={{
          pegawaiId: actor.pegawaiId,
          nama: actor.nama,
          opdNama: post?.opdNama ?? null,
          postLabel: post ? `${actingPrefix(post.penugasan)}${post.nama}` : null,
          activeJabatanId: post?.jabatanId ?? null,
          // The switcher shows only for two posts or more; one would be sent on every page for nothing.
          switcherPosts: actor.posts.length > 1 ? actor.posts.map((p) => ({ jabatanId: p.jabatanId, label: `${actingPrefix(p.penugasan)}${p.nama}` })) : [],
          sidebarKeys: items.map((i) => i.key),
          bottomKeys: bottomBarItems(items).map((i) => i.key),
          counts,
          notifikasiBelumDibaca,
        }}
        signOutAction={signOutAction}
        switchPostAction={switchPostAction}
      >
        {children}
      </AppShell>
    </LuringProvider>
  );
}
