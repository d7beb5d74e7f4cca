import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { requireActor } from '@/lib/actions/current-actor';
import { actingPrefix } from '@/lib/domain/jabatan/acting';
import { formatTanggal } from '@/lib/domain/tanggal';
import { navigationFor } from '@/lib/navigation';
import { countWorkInOtherPosts } from '@/lib/services/beranda/count-work-in-other-posts';
import { countWorklistsForPage } from '@/lib/services/beranda/count-worklists-for-page';
import { WorklistCards } from '@/components/beranda/worklist-cards';
import { SmallActionForm } from '@/components/ui/small-action-form';
import { switchPostAction } from './actions';

export const metadata: Metadata = { title: 'Beranda' };

export default async function BerandaPage() {
  const actor = await requireActor();
  const items = navigationFor(actor);
  const [counts, elsewhere] = await Promise.all([countWorklistsForPage(actor), countWorkInOtherPosts(actor)]);
  const post = actor.activePost;
  const shortcuts = items.filter((i) => ['pencatatan', 'admin', 'arsip'].includes(i.key));

  return (
    <div className="space-y-6">
      <section>
        <p className="text-sm text-slate-600">{formatTanggal(new Date())}</p>
        <h1 className="text-xl font-bold text-slate-900 md:text-2xl">Selamat datang, {actor.nama}</h1>
        <p className="text-sm text-slate-600">
          {post ? (
            <>
              Bertindak sebagai <strong>{`${actingPrefix(post.penugasan)}${post.nama}`}</strong> · {post.opdNama}
            </>
          ) : (
            'Anda belum memegang jabatan hari ini. Hubungi admin OPD Anda.'
          )}
        </p>
      </section>
      {elsewhere.map((w) => (
        <section key={w.jabatanId} role="note" aria-label={`Pekerjaan di ${w.label}`} className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
          <p>
            <strong>{w.jumlah} pekerjaan</strong> menunggu di jabatan <strong>{w.label}</strong>, yang tidak sedang Anda pakai.
          </p>
          <SmallActionForm fields={{ jabatanId: w.jabatanId }} label={`Bertindak sebagai ${w.label}`} action={switchPostAction} tone="neutral" />
        </section>
      ))}
      {post && <WorklistCards items={items} counts={counts} />}
      {shortcuts.length > 0 && (
        <section>
          <h2 className="mb-2 text-sm font-semibold tracking-wide text-slate-600 uppercase">Pintasan</h2>
          <div className="flex flex-wrap gap-2">
            {shortcuts.map((s) => (
              <Link key={s.key} href={s.href} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-700 hover:border-brand-600">
                {s.label}
              </Link>
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
