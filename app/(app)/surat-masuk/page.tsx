import type { Metadata } from 'next';
import { requireActor } from '@/lib/actions/current-actor';
import { loadPage } from '@/lib/actions/load-page';
import { inboxFilterSchema } from '@/lib/domain/surat-masuk/inbox-query';
import { parseQuery, type QueryInput } from '@/lib/domain/input/query';
import { listInbox } from '@/lib/services/surat-masuk/list-inbox';
import { EmptyState } from '@/components/ui/empty-state';
import { Forbidden } from '@/components/ui/forbidden';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { TautanLanjut } from '@/components/ui/tautan-lanjut';
import { LetterList } from '@/components/naskah/letter-list';
import { InboxFilterForm } from '@/components/surat/inbox-filter';

export const metadata: Metadata = { title: 'Surat Masuk' };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SuratMasukPage({ searchParams }: { searchParams: Promise<QueryInput> }) {
  const actor = await requireActor();
  const params = await searchParams;
  const { data: filter, notice } = parseQuery(inboxFilterSchema, params);
  const active = Boolean(filter.belumDibaca || filter.kecepatan || filter.keamanan || filter.dari || filter.sampai || filter.pengirim);
  const page = await loadPage(() => listInbox(actor, { filter, cursor: first(params.setelah) }));
  if (!page.ok) return <Forbidden message={page.message} />;
  const { rows, nextCursor } = page.data;
  const next = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (k !== 'setelah' && first(v) ? [[k, first(v)!]] : [])));
  if (nextCursor) next.set('setelah', nextCursor);

  return (
    <>
      <PageHeader title="Surat Masuk" description={`Kotak masuk ${actor.activePost?.nama ?? ''}`} />
      <InboxFilterForm filter={filter} active={active} />
      {notice && <Notice>{notice}</Notice>}
      {rows.length === 0 ? (
        <EmptyState title={active ? 'Tidak ada surat yang cocok' : 'Belum ada surat masuk'}>
          {active ? 'Ubah atau hapus saringan.' : 'Surat yang ditujukan ke jabatan Anda akan tampil di sini.'}
        </EmptyState>
      ) : (
        <LetterList
          label="Daftar surat masuk"
          rows={rows.map((r) => ({
            id: r.id,
            href: `/surat-masuk/${r.naskahId}`,
            title: r.perihal,
            subtitle: r.pengirim,
            meta: r.nomor ? `Nomor ${r.nomor}${r.jenis === 'TEMBUSAN' ? ' · tembusan' : ''}` : null,
            at: r.diterima,
            unread: !r.dibaca,
            derajatKecepatan: r.derajatKecepatan,
            klasifikasiKeamanan: r.klasifikasiKeamanan,
          }))}
        />
      )}
      {nextCursor && (
        <TautanLanjut href={`?${next}`}>
          Surat berikutnya
        </TautanLanjut>
      )}
    </>
  );
}
