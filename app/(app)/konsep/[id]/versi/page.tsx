import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { z } from 'zod';
import { requireActor } from '@/lib/actions/current-actor';
import { idParams, loadPage, pageParams } from '@/lib/actions/load-page';
import { DomainError } from '@/lib/domain/errors';
import { compareVersions } from '@/lib/services/naskah/compare-versions';
import { EmptyState } from '@/components/ui/empty-state';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { VersionDiff } from '@/components/naskah/version-diff';
import { TautanKembali } from '@/components/ui/tautan-kembali';

export const metadata: Metadata = { title: 'Bandingkan versi' };

const querySchema = z.object({ kiri: z.coerce.number().int().positive(), kanan: z.coerce.number().int().positive() });

export default async function CompareVersionsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const { id } = await pageParams(params, idParams);
  const query = querySchema.safeParse(await searchParams);
  // No versions chosen (the address typed or cut short) is no refusal: "Akses ditolak" told the drafter
  // they could not see their own naskah.
  if (!query.success)
    return (
      <div className="mx-auto max-w-6xl space-y-4">
        <PageHeader title="Bandingkan versi" />
        <EmptyState title="Pilih dua versi naskah untuk dibandingkan">
          Buka{' '}
          <Link href={`/konsep/${id}`} className="font-semibold text-brand-700 underline">
            naskahnya
          </Link>
          , lalu pilih &ldquo;Bandingkan&rdquo; pada daftar versi.
        </EmptyState>
      </div>
    );
  const page = await loadPage(async () => {
    try {
      return await compareVersions(actor, id, query.data.kiri, query.data.kanan);
    } catch (error) {
      if (error instanceof DomainError && !(error.name === 'NotFoundError' || error.name === 'ForbiddenError')) return { error: error.message };
      throw error;
    }
  });
  if (!page.ok) return <Forbidden message={page.message} />;
  return (
    <div className="mx-auto max-w-6xl space-y-4">
      <TautanKembali href={`/konsep/${id}`}>Naskah</TautanKembali>
      <PageHeader title="Bandingkan versi" description="Kiri versi lama, kanan versi baru: yang dihapus dicoret merah, yang ditambah hijau" />
      {'error' in page.data ? <p className="text-sm text-red-700">{page.data.error}</p> : <VersionDiff diff={page.data} />}
    </div>
  );
}
