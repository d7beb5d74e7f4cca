'use client';
import { useState } from 'react';
import FormGet from '@/components/ui/form-get';
import Link from '@/components/ui/link';
import { SARINGAN_ISIAN, SaringanField, SaringanRentangTanggal, SaringanSelect } from '@/components/ui/saringan';
import { KlasifikasiArsipInput } from '@/components/klasifikasi/klasifikasi-arsip-input';
import type { CariFilter } from '@/lib/domain/cari/filter';
import { JENIS_NASKAH_LABEL } from '@/lib/domain/naskah/konten';
import { DERAJAT_KECEPATAN_LABEL, KLASIFIKASI_KEAMANAN_LABEL, STATUS_NASKAH_LABEL } from '@/lib/domain/naskah/labels';

/** The kode klasifikasi arsip: typed, with suggestions (KlasifikasiArsipInput). */
function KlasifikasiInput({ value }: { value: string | undefined }) {
  const [teks, setTeks] = useState(value ?? '');
  return (
    <SaringanField label="Klasifikasi arsip">
      <KlasifikasiArsipInput listId="klasifikasi-pilihan" name="klasifikasi" value={teks} onChange={setTeks} className={SARINGAN_ISIAN} />
    </SaringanField>
  );
}

/**
 * The search page's form: the words and every filter, a GET form so results can be bookmarked. A
 * client component only so the page's flight data carries the filter's values, not the form's
 * element tree (sent twice: in the HTML and in the RSC answer).
 */
export function CariFilterForm({ filter, klasifikasiDiketik }: { filter: CariFilter; klasifikasiDiketik?: string }) {
  // What was typed as the kode stays in the field even when it is not one (the page says so).
  const klasifikasi = klasifikasiDiketik ?? filter.klasifikasi;
  const saringan = Boolean(filter.jenis || filter.status || filter.kecepatan || filter.keamanan || klasifikasi || filter.dari || filter.sampai);
  return (
    // Keyed by the filter, as InboxFilterForm: other values start the fields again from them.
    <FormGet key={JSON.stringify([filter, klasifikasi])} action="/cari" role="search" aria-label="Cari dan saring" className="mb-4 space-y-3 rounded-xl border border-slate-200 bg-white p-4">
      {/* The order chosen above the results stays for a new search. */}
      {filter.urut && <input type="hidden" name="urut" value={filter.urut} />}
      <div className="flex gap-2">
        <label className="min-w-0 flex-1">
          <span className="sr-only">Kata pencarian</span>
          <input type="search" name="q" defaultValue={filter.q ?? ''} maxLength={200} placeholder='Nomor, hal, isi, pengirim, tujuan… (frasa dalam "tanda kutip")' className="block w-full rounded-md border border-slate-300 px-3 py-2 text-base" />
        </label>
        <button type="submit" className="rounded-lg bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
          Cari
        </button>
      </div>
      <details open={saringan}>
        <summary className="cursor-pointer text-sm font-semibold text-slate-700">Saringan{saringan ? ' (aktif)' : ''}</summary>
        <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <SaringanSelect label="Jenis naskah" name="jenis" value={filter.jenis} labels={JENIS_NASKAH_LABEL} />
          <SaringanSelect label="Status" name="status" value={filter.status} labels={STATUS_NASKAH_LABEL} />
          <SaringanSelect label="Kecepatan" name="kecepatan" value={filter.kecepatan} labels={DERAJAT_KECEPATAN_LABEL} />
          <SaringanSelect label="Klasifikasi keamanan" name="keamanan" value={filter.keamanan} labels={KLASIFIKASI_KEAMANAN_LABEL} />
          <KlasifikasiInput value={klasifikasi} />
          <SaringanRentangTanggal dari={filter.dari} sampai={filter.sampai} />
          {saringan && (
            <Link href={`/cari?${new URLSearchParams([...(filter.q ? [['q', filter.q]] : []), ...(filter.urut ? [['urut', filter.urut]] : [])]).toString()}`} className="self-end rounded-lg border border-slate-300 px-4 py-2 text-center text-sm font-medium text-slate-700">
              Hapus saringan
            </Link>
          )}
        </div>
      </details>
    </FormGet>
  );
}
