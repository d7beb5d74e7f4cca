import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { requireActor } from '@/lib/actions/current-actor';
import { loadPage } from '@/lib/actions/load-page';
import { listSuratTercatat } from '@/lib/services/pencatatan/list-surat-tercatat';
import { EmptyState } from '@/components/ui/empty-state';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { LetterList } from '@/components/naskah/letter-list';

export const metadata: Metadata = { title: 'Pencatatan Surat' };

export default async function PencatatanPage({ searchParams }: { searchParams: Promise<{ agenda?: string }> }) {
  const { agenda } = await searchParams;
  const actor = await requireActor();
  const page = await loadPage(() => listSuratTercatat(actor));
  if (!page.ok) return <Forbidden message={page.message} />;
  return (
    <>
      <PageHeader title="Pencatatan Surat" description="Surat masuk dari luar yang sudah dicatat dan diberi nomor agenda">
        <Link href="/pencatatan/baru" className="rounded-lg bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
          + Catat surat
        </Link>
      </PageHeader>
      {agenda && /^\d+$/.test(agenda) && (
        <p role="status" className="mb-3 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          Surat tercatat dengan nomor agenda {agenda}.
        </p>
      )}
      {page.data.length === 0 ? (
        <EmptyState title="Belum ada surat yang dicatat">Surat masuk yang Anda catat akan tampil di sini dengan nomor agendanya.</EmptyState>
      ) : (
        <LetterList
          label="Surat tercatat"
          rows={page.data.map((n) => ({
            id: n.id,
            // A secret letter keeps its agenda line; only its addressees see what it is about.
            href: n.terbuka ? `/surat-masuk/${n.id}` : undefined,
            title: n.perihal ?? 'Isi surat hanya untuk penerimanya',
            subtitle: n.pengirimNama,
            klasifikasiKeamanan: n.klasifikasiKeamanan,
            // Where it went before its number: a phone cuts the line's end, and the number is on the letter.
            meta: `Agenda ${n.nomorAgenda}/${n.tahunAgenda}${n.kepada.length ? ` · Kepada ${n.kepada.join(', ')}` : ''}${n.nomor ? ` · Nomor ${n.nomor}` : ''}`,
            at: n.tanggalDiterima ?? new Date(0),
            derajatKecepatan: n.derajatKecepatan,
          }))}
        />
      )}
    </>
  );
}
