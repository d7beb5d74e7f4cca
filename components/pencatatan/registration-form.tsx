'use client';

import { useState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { FieldError } from '@/components/ui/field-error';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { SIFAT_MAX, SIFAT_UMUM } from '@/lib/domain/surat-masuk/sifat';
import { IsianTanggal } from '@/components/ui/isian-tanggal';
import { ScanInput } from './scan-input';
import { KlasifikasiArsipInput } from '@/components/klasifikasi/klasifikasi-arsip-input';
import type { KlasifikasiPilihan } from '@/lib/domain/klasifikasi/pilihan';

const input = 'mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base';

function Field(props: { name: string; label: string; errors?: string[]; className?: string; children: React.ReactNode }) {
  return (
    <label className={`block text-sm ${props.className ?? ''}`}>
      <span className="font-semibold text-slate-700">{props.label}</span>
      {props.children}
      <FieldError id={`${props.name}-error`} errors={props.errors} />
    </label>
  );
}

/** The typed kode (held in state: a registration that succeeds leaves the page). */
function KodeKlasifikasi({ invalid }: { invalid: boolean }) {
  const [teks, setTeks] = useState('');
  return (
    <KlasifikasiArsipInput
      listId="klasifikasi-arsip-pilihan"
      name="klasifikasiArsipKode"
      value={teks}
      onChange={setTeks}
      className={input}
      describedBy={invalid ? 'klasifikasiArsipKode-error' : undefined}
    />
  );
}

/** The pencatat's form: what is typed from the paper letter. The agenda number is issued on saving. */
export function RegistrationForm(props: {
  jabatan: { id: string; nama: string; isPimpinanOpd: boolean }[];
  /** Null: too many for a select (KLASIFIKASI_DAFTAR_MAX), so the kode is typed with suggestions. */
  klasifikasi: KlasifikasiPilihan[] | null;
  pengirim: string[];
  action: (prev: FormState, data: FormData) => Promise<FormState>;
}) {
  const { state, pending, form } = useFormAction(props.action, { isian: 'pencatatan' });
  const e = state.fieldErrors ?? {};
  return (
    <form {...form} className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 md:p-6">
      <ScanInput name="pindaian" label="Pindaian surat" hint="PDF, JPG, atau PNG, paling besar 20 MB. Foto diubah menjadi PDF." errors={e.pindaian} required />
      <div className="grid gap-4 md:grid-cols-2">
        <Field name="nomor" label="Nomor surat" errors={e.nomor}>
          <input name="nomor" required className={input} />
        </Field>
        <Field name="tanggalSurat" label="Tanggal surat" errors={e.tanggalSurat}>
          <IsianTanggal id="tanggalSurat" name="tanggalSurat" required className={input} />
        </Field>
        <Field name="pengirimNama" label="Pengirim" errors={e.pengirimNama}>
          <input name="pengirimNama" list="pengirim-list" required autoComplete="off" className={input} />
          <datalist id="pengirim-list">
            {props.pengirim.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
        </Field>
        <Field name="pengirimAlamat" label="Alamat pengirim (opsional)" errors={e.pengirimAlamat}>
          <input name="pengirimAlamat" className={input} />
        </Field>
      </div>
      <Field name="perihal" label="Perihal" errors={e.perihal}>
        <textarea name="perihal" rows={2} required className={input} />
      </Field>
      <div className="grid gap-4 md:grid-cols-3">
        <Field name="sifat" label="Sifat (seperti tertulis di surat)" errors={e.sifat}>
          <input name="sifat" list="sifat-list" maxLength={SIFAT_MAX} autoComplete="off" placeholder="mis. Penting" className={input} />
          <datalist id="sifat-list">
            {SIFAT_UMUM.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </Field>
        <Field name="klasifikasiKeamanan" label="Klasifikasi keamanan" errors={e.klasifikasiKeamanan}>
          <select name="klasifikasiKeamanan" defaultValue="BIASA" className={input}>
            <option value="BIASA">Biasa</option>
            <option value="TERBATAS">Terbatas</option>
            <option value="RAHASIA">Rahasia</option>
            <option value="SANGAT_RAHASIA">Sangat Rahasia</option>
          </select>
        </Field>
        <Field name="derajatKecepatan" label="Kecepatan" errors={e.derajatKecepatan}>
          <select name="derajatKecepatan" defaultValue="BIASA" className={input}>
            <option value="BIASA">Biasa</option>
            <option value="SEGERA">Segera</option>
            <option value="SANGAT_SEGERA">Sangat Segera</option>
          </select>
        </Field>
      </div>
      <div className="grid gap-4 md:grid-cols-4">
        <Field name="lampiranJumlah" label="Lampiran" errors={e.lampiranJumlah}>
          <input name="lampiranJumlah" type="number" min={0} max={999} defaultValue={0} className={input} />
        </Field>
        {props.klasifikasi ? (
          <Field name="klasifikasiArsipId" label="Klasifikasi arsip" errors={e.klasifikasiArsipId} className="md:col-span-3">
            <select name="klasifikasiArsipId" defaultValue="" className={input}>
              <option value="">—</option>
              {props.klasifikasi.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.kode} {k.nama}
                </option>
              ))}
            </select>
          </Field>
        ) : (
          <Field name="klasifikasiArsipKode" label="Klasifikasi arsip (kode)" errors={e.klasifikasiArsipKode} className="md:col-span-3">
            <KodeKlasifikasi invalid={Boolean(e.klasifikasiArsipKode)} />
          </Field>
        )}
      </div>
      <Field name="tujuanJabatanId" label="Teruskan kepada" errors={e.tujuanJabatanId}>
        <select name="tujuanJabatanId" defaultValue="" className={input}>
          {props.jabatan.map((j) => (
            <option key={j.id} value={j.isPimpinanOpd ? '' : j.id}>
              {j.nama}
              {j.isPimpinanOpd ? ' (pimpinan OPD)' : ''}
            </option>
          ))}
        </select>
      </Field>
      {e.tetapCatat && (
        <label className="flex items-start gap-2 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          <input type="checkbox" name="tetapCatat" className="mt-1" />
          <span>Tetap catat: ini surat yang berbeda meskipun nomor dan pengirimnya sama.</span>
        </label>
      )}
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className="w-full rounded-lg bg-brand-700 px-4 py-3 font-semibold text-white disabled:opacity-50 md:w-auto">
        {pending ? 'Mencatat…' : 'Catat dan teruskan'}
      </button>
    </form>
  );
}
