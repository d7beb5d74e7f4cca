import type { Metadata } from 'next';
import { requireActor } from '@/lib/actions/current-actor';
import { loadPage } from '@/lib/actions/load-page';
import { listRegistrationOptions } from '@/lib/services/pencatatan/list-registration-options';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { RegistrationForm } from '@/components/pencatatan/registration-form';
import { registerSuratMasukAction } from './actions';

export const metadata: Metadata = { title: 'Catat Surat Masuk' };

export default async function CatatSuratPage() {
  const actor = await requireActor();
  const page = await loadPage(() => listRegistrationOptions(actor));
  if (!page.ok) return <Forbidden message={page.message} />;
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title="Catat Surat Masuk" description="Nomor agenda diberikan otomatis saat surat dicatat." />
      <RegistrationForm {...page.data} action={registerSuratMasukAction} />
    </div>
  );
}
