import type { Metadata } from 'next';
import { JENIS_NASKAH_DIDUKUNG, JENIS_NASKAH_LABEL } from '@/lib/domain/naskah/konten';
import { PageHeader } from '@/components/ui/page-header';
import { JenisPicker } from '@/components/naskah/jenis-picker';
import { createKonsepAction } from '../actions';
import { TautanKembali } from '@/components/ui/tautan-kembali';

export const metadata: Metadata = { title: 'Buat naskah' };

export default function BuatNaskahPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <TautanKembali href="/konsep">Konsep</TautanKembali>
      <PageHeader title="Buat naskah" description="Pilih jenis naskah dinas yang akan disusun" />
      <JenisPicker options={JENIS_NASKAH_DIDUKUNG.map((j) => ({ value: j, label: JENIS_NASKAH_LABEL[j] }))} action={createKonsepAction} />
    </div>
  );
}
