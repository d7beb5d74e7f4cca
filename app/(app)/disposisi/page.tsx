import type { Metadata } from 'next';
import { requireActor } from '@/lib/actions/current-actor';
import { loadPage } from '@/lib/actions/load-page';
import { listDisposisiMasuk } from '@/lib/services/disposisi/list-disposisi-masuk';
import { EmptyState } from '@/components/ui/empty-state';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { LetterList } from '@/components/naskah/letter-list';
import { STATUS_DISPOSISI_LABEL } from '@/lib/domain/disposisi/labels';
import { statusTampil } from '@/lib/domain/disposisi/status';

export const metadata: Metadata = { title: 'Disposisi' };

export default async function DisposisiPage() {
  const actor = await requireActor();
  const page = await loadPage(() => listDisposisiMasuk(actor));
  if (!page.ok) return <Forbidden message={page.message} />;
  const now = new Date();
  return (
    <>
      <PageHeader title="Disposisi" description="Disposisi yang diberikan kepada jabatan Anda" />
      {page.data.length === 0 ? (
        <EmptyState title="Belum ada disposisi">Disposisi dari atasan akan tampil di sini beserta batas waktunya.</EmptyState>
      ) : (
        <LetterList
          label="Daftar disposisi"
          rows={page.data.map((r) => ({
            id: r.id,
            href: `/surat-masuk/${r.naskahId}`,
            title: r.perihal,
            subtitle: `Dari ${r.dari}`,
            meta: r.instruksi.join(', '),
            at: r.diterima,
            unread: r.status === 'BELUM_DIBACA',
            status: STATUS_DISPOSISI_LABEL[statusTampil(r.status, r.batasWaktu, now)],
          }))}
        />
      )}
    </>
  );
}
