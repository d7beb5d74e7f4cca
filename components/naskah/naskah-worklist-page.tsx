import { requireActor } from '@/lib/actions/current-actor';
import { loadPage } from '@/lib/actions/load-page';
import { isJenisDidukung, JENIS_NASKAH_LABEL } from '@/lib/domain/naskah/konten';
import { STATUS_NASKAH_LABEL } from '@/lib/domain/naskah/labels';
import Link from '@/components/ui/link';
import { listNaskahWorklistPage, type NaskahWorklist } from '@/lib/services/naskah/list-naskah-worklist';
import { EmptyState } from '@/components/ui/empty-state';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { LetterList } from './letter-list';

/** Konsep, Perlu Verifikasi, Perlu Tanda Tangan and Arsip differ only in their worklist and wording. */
export async function NaskahWorklistPage(props: {
  worklist: NaskahWorklist;
  title: string;
  description: string;
  emptyTitle: string;
  emptyText: string;
  /** Where a row leads; rows are not links without it. "peran": the drafter's or the signer's page. */
  hrefBase?: string | 'peran';
  /** The keyset cursor from the URL (?setelah=...). */
  setelah?: string;
  actions?: React.ReactNode;
  /** The outcome of what the person just did on another page. */
  notice?: string;
}) {
  const actor = await requireActor();
  const page = await loadPage(() => listNaskahWorklistPage(actor, props.worklist, { cursor: props.setelah }));
  if (!page.ok) return <Forbidden message={page.message} />;
  return (
    <>
      <PageHeader title={props.title} description={props.description}>
        {props.actions}
      </PageHeader>
      {props.notice && (
        <p role="status" className="mb-3 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {props.notice}
        </p>
      )}
      {page.data.rows.length === 0 ? (
        <EmptyState title={props.emptyTitle}>{props.emptyText}</EmptyState>
      ) : (
        <>
        <LetterList
          label={props.title}
          rows={page.data.rows.map((n) => ({
            id: n.id,
            href: props.hrefBase === 'peran' ? `${n.pembuatJabatanId === actor.activePost?.jabatanId ? '/konsep' : '/tanda-tangan'}/${n.id}` : props.hrefBase ? `${props.hrefBase}/${n.id}` : undefined,
            title: n.perihal || '(belum ada hal)',
            subtitle: [isJenisDidukung(n.jenis) ? JENIS_NASKAH_LABEL[n.jenis] : null, n.nomor].filter(Boolean).join(' · ') || null,
            meta: props.worklist === 'konsep' && n.status === 'VERIFIKASI' && n.giliran ? `Menunggu paraf ${n.giliran}` : props.worklist !== 'konsep' && props.worklist !== 'dibatalkan' ? `Dari ${n.pembuat ?? '-'}` : null,
            at: n.ditandatanganiPada ?? n.updatedAt,
            status: STATUS_NASKAH_LABEL[n.status],
            derajatKecepatan: n.derajatKecepatan,
            klasifikasiKeamanan: n.klasifikasiKeamanan,
          }))}
        />
        {page.data.nextCursor && (
          <div className="mt-3 flex justify-end">
            <Link href={`?setelah=${page.data.nextCursor}`} className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700">
              Berikutnya →
            </Link>
          </div>
        )}
        </>
      )}
    </>
  );
}
