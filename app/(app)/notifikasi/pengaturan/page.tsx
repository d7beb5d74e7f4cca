import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { requireActor } from '@/lib/actions/current-actor';
import { getPreferensi } from '@/lib/services/notifikasi/get-preferensi';
import { PageHeader } from '@/components/ui/page-header';
import { PreferensiForm } from '@/components/notifikasi/preferensi-form';
import { savePreferensiAction } from './actions';

export const metadata: Metadata = { title: 'Pengaturan notifikasi' };

export default async function PengaturanNotifikasiPage() {
  const actor = await requireActor();
  const pengaturan = await getPreferensi(actor);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title="Pengaturan notifikasi" description="Pilih kabar mana yang juga dikirim lewat e-mail, WhatsApp, atau notifikasi ponsel. Lonceng di aplikasi selalu menampilkan semuanya.">
        <Link href="/notifikasi" className="text-sm font-semibold text-brand-700 underline">
          Kembali ke notifikasi
        </Link>
      </PageHeader>
      <PreferensiForm pengaturan={pengaturan} action={savePreferensiAction} />
    </div>
  );
}
