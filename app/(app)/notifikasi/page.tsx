import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { requireActor } from '@/lib/actions/current-actor';
import { formatTanggalJam } from '@/lib/domain/tanggal';
import { tautanDalamAplikasi } from '@/lib/domain/notifikasi/tautan';
import { listNotifikasi } from '@/lib/services/notifikasi/list-notifikasi';
import { SmallActionForm } from '@/components/ui/small-action-form';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { markNotifikasiReadAction } from './actions';

export const metadata: Metadata = { title: 'Notifikasi' };

export default async function NotifikasiPage() {
  const actor = await requireActor();
  const items = await listNotifikasi(actor);
  const adaBelumDibaca = items.some((n) => !n.readAt);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title="Notifikasi" description="Kabar tentang pekerjaan untuk Anda: disposisi, paraf, tanda tangan, dan surat masuk.">
        <div className="flex flex-wrap items-center gap-3">
          <Link href="/notifikasi/pengaturan" className="text-sm font-semibold text-brand-700 underline">
            Pengaturan
          </Link>
          {adaBelumDibaca && <SmallActionForm fields={{}} label="Tandai semua sudah dibaca" action={markNotifikasiReadAction} tone="neutral" />}
        </div>
      </PageHeader>
      {items.length === 0 ? (
        <EmptyState title="Belum ada notifikasi" />
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white" aria-label="Daftar notifikasi">
          {items.map((n) => (
            <li key={n.id} className={`px-4 py-3 ${n.readAt ? '' : 'bg-brand-50'}`}>
              <div className="flex items-start justify-between gap-3">
                <p className="font-semibold text-slate-900">
                  {!n.readAt && <span className="sr-only">Belum dibaca: </span>}
                  {n.judul}
                </p>
                <time className="shrink-0 text-xs text-slate-600" dateTime={n.createdAt.toISOString()}>
                  {formatTanggalJam(n.createdAt)}
                </time>
              </div>
              <p className="mt-0.5 text-sm text-slate-700">{n.pesan}</p>
              {/* Marks it read on the way (bukaNotifikasi). A plain link: the whole page, the bell's count with it, is drawn again. */}
              {tautanDalamAplikasi(n.tautan) && (
                <a href={`/notifikasi/${n.id}/buka`} className="mt-1 inline-block text-sm font-semibold text-brand-700 underline">
                  Buka
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
