import type { Metadata } from 'next';
import { requireActor } from '@/lib/actions/current-actor';
import { loadPage } from '@/lib/actions/load-page';
import { listNaskahWorklist } from '@/lib/services/naskah/list-naskah-worklist';
import { BatchSignList } from '@/components/tanda-tangan/batch-sign-list';
import { EmptyState } from '@/components/ui/empty-state';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { getBatchTandaTangan } from '@/lib/services/tanda-tangan/get-batch-tanda-tangan';
import { signingCredentialKind } from '@/lib/services/tanda-tangan/request-totp';
import { requestTotpAction, startBatchTandaTanganAction } from './actions';

export const metadata: Metadata = { title: 'Perlu Tanda Tangan' };

export default async function TandaTanganPage() {
  const actor = await requireActor();
  // A batch is chosen on one screen (a batch holds at most 100), so this list shows 50, not a page.
  const page = await loadPage(() => listNaskahWorklist(actor, 'tandaTangan', { take: 50 }));
  if (!page.ok) return <Forbidden message={page.message} />;
  // A batch still running at the server (the tab was closed) is shown again with its progress.
  const latest = await getBatchTandaTangan(actor);
  const initialBatch = latest && !latest.selesaiPada ? { items: latest.items, selesai: false } : null;
  return (
    <>
      <PageHeader title="Perlu Tanda Tangan" description="Naskah yang sudah diparaf dan menunggu tanda tangan elektronik Anda" />
      {/* Rendered even when empty: signing the last ones empties the list while the result dialog is open. */}
      <BatchSignList
        rows={page.data.map((n) => ({ id: n.id, perihal: n.perihal, pembuat: n.pembuat, derajatKecepatan: n.derajatKecepatan, updatedAt: n.updatedAt }))}
        action={startBatchTandaTanganAction}
        initialBatch={initialBatch}
        requestTotp={signingCredentialKind() === 'totp' ? requestTotpAction : undefined}
        empty={<EmptyState title="Tidak ada naskah yang menunggu tanda tangan">Naskah yang sudah selesai diverifikasi akan tampil di sini.</EmptyState>}
      />
    </>
  );
}
