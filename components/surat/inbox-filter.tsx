'use client';
import FormGet from '@/components/ui/form-get';
import Link from '@/components/ui/link';
import { SARINGAN_ISIAN, SaringanField, SaringanRentangTanggal, SaringanSelect } from '@/components/ui/saringan';
import type { InboxFilter } from '@/lib/domain/surat-masuk/inbox-query';
import { DERAJAT_KECEPATAN_LABEL, KLASIFIKASI_KEAMANAN_LABEL } from '@/lib/domain/naskah/labels';

/**
 * A GET form (FormGet), so filtering works without JavaScript and the URL can be shared or bookmarked.
 * A client component only so the page's flight data carries the filter's values, not the form's
 * element tree (about 3 KB, sent twice: in the HTML and in the RSC answer).
 */
export function InboxFilterForm({ filter, active }: { filter: InboxFilter; active: boolean }) {
  return (
    // Keyed by the filter: routed to other values (or cleared by "Hapus saringan"), the fields and
    // the open state start again from them instead of keeping what the last page had.
    <details key={JSON.stringify(filter)} className="mb-3 rounded-xl border border-slate-200 bg-white" open={active}>
      <summary className="cursor-pointer px-4 py-2.5 text-sm font-semibold text-slate-700">Saring surat{active ? ' (aktif)' : ''}</summary>
      <FormGet action="" className="grid gap-3 border-t border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-6" aria-label="Saring surat masuk">
        <label className="flex items-center gap-2 self-end text-sm font-medium text-slate-700 lg:col-span-1">
          <input type="checkbox" name="belumDibaca" value="1" defaultChecked={filter.belumDibaca} className="h-5 w-5" />
          Belum dibaca saja
        </label>
        <SaringanSelect label="Kecepatan" name="kecepatan" value={filter.kecepatan} labels={DERAJAT_KECEPATAN_LABEL} />
        <SaringanSelect label="Klasifikasi keamanan" name="keamanan" value={filter.keamanan} labels={KLASIFIKASI_KEAMANAN_LABEL} />
        <SaringanRentangTanggal labelDari="Diterima dari tanggal" dari={filter.dari} sampai={filter.sampai} />
        <SaringanField label="Pengirim">
          <input type="search" name="pengirim" defaultValue={filter.pengirim ?? ''} placeholder="mis. Bappenas" className={SARINGAN_ISIAN} />
        </SaringanField>
        <div className="flex gap-2 sm:col-span-2 lg:col-span-6">
          <button type="submit" className="rounded-lg bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
            Terapkan
          </button>
          {active && (
            <Link href="?" className="rounded-lg border border-slate-300 px-4 py-2 text-sm font-medium text-slate-700">
              Hapus saringan
            </Link>
          )}
        </div>
      </FormGet>
    </details>
  );
}
