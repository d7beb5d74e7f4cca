import type { Metadata } from 'next';
import { requireActor } from '@/lib/actions/current-actor';
import { loadPage } from '@/lib/actions/load-page';
import { listInbox } from '@/lib/services/surat-masuk/list-inbox';
import { EmptyState } from '@/components/ui/empty-state';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { LetterList } from '@/components/naskah/letter-list';

export const metadata: Metadata = { title: 'Surat Masuk' };

export default async function SuratMasukPage() {
  const actor = await requireActor();
  const page = await loadPage(() => listInbox(actor));
  if (!page.ok) return <Forbidden message={page.message} />;
  return (
    <>
      <PageHeader title="Surat Masuk" description={`Kotak masuk ${actor.activePost?.nama ?? ''}`} />
      {page.data.length === 0 ? (
        <EmptyState title="Belum ada surat masuk">Surat yang ditujukan ke jabatan Anda akan tampil di sini.</EmptyState>
      ) : (
        <LetterList
          label="Daftar surat masuk"
          rows={page.data.map((r) => ({
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
    </>
  );
}
