'use client';

import type { FormState } from '@/lib/actions/form-state';
import { DAFTAR_JENIS, JENIS_NOTIFIKASI, KANAL_LUAR, LABEL_KANAL } from '@/lib/domain/notifikasi/jenis';
import type { PengaturanNotifikasi } from '@/lib/services/notifikasi/get-preferensi';
import { FieldError } from '@/components/ui/field-error';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';

const JAM = Array.from({ length: 24 }, (_, h) => h);

/** One card per kind with a checkbox per channel: readable at phone width, no wide table. */
export function PreferensiForm(props: { pengaturan: PengaturanNotifikasi; action: (prev: FormState, data: FormData) => Promise<FormState> }) {
  const { state, pending, form } = useFormAction(props.action);
  const { preferensi, email, nomorWhatsapp, perangkatPush, kanalAktif } = props.pengaturan;
  const mati = KANAL_LUAR.filter((k) => !kanalAktif.includes(k));
  return (
    <form {...form} className="space-y-5">
      <section className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 className="font-semibold text-slate-900">Alamat</h2>
        <p className="mt-1 text-sm text-slate-600">E-mail: {email ?? 'belum diisi (hubungi admin OPD)'}</p>
        <p className="mt-1 text-sm text-slate-600">
          Notifikasi ponsel: {perangkatPush > 0 ? `${perangkatPush} perangkat` : 'belum ada perangkat'} (nyalakan di halaman Menu pada tiap perangkat)
        </p>
        <label className="mt-3 block text-sm">
          <span className="font-semibold text-slate-700">Nomor WhatsApp</span>
          <input name="nomorWhatsapp" type="tel" inputMode="tel" autoComplete="tel" defaultValue={nomorWhatsapp ?? ''} placeholder="0812 3456 7890" maxLength={30} className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5" aria-describedby="nomorWhatsapp-error" />
          <FieldError id="nomorWhatsapp-error" errors={state.fieldErrors?.nomorWhatsapp} />
        </label>
        {mati.length > 0 && <p className="mt-2 text-xs text-slate-500">Belum disiapkan di instansi ini: {mati.map((k) => LABEL_KANAL[k]).join(', ')}. Pilihan Anda tetap disimpan.</p>}
      </section>

      <section className="space-y-2" aria-label="Saluran per jenis kabar">
        {DAFTAR_JENIS.map((jenis) => (
          <fieldset key={jenis} className="rounded-xl border border-slate-200 bg-white px-4 py-3">
            <legend className="sr-only">{JENIS_NOTIFIKASI[jenis]}</legend>
            <p aria-hidden="true" className="text-sm font-semibold text-slate-900">{JENIS_NOTIFIKASI[jenis]}</p>
            <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
              {KANAL_LUAR.map((kanal) => (
                <label key={kanal} className="flex min-h-11 items-center gap-2 text-sm text-slate-700 sm:min-h-8">
                  <input type="checkbox" name={`kanal:${jenis}`} value={kanal} defaultChecked={preferensi.kanal[jenis].includes(kanal)} className="h-4 w-4" />
                  {LABEL_KANAL[kanal]}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </section>

      <section className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 className="font-semibold text-slate-900">Jam tenang dan ringkasan</h2>
        <p className="mt-1 text-sm text-slate-600">Selama jam tenang (WIB), e-mail, WhatsApp, dan notifikasi ponsel ditahan sampai jam tenang berakhir.</p>
        <div className="mt-3 flex flex-wrap items-end gap-3">
          <JamSelect name="jamTenangMulai" label="Mulai" value={preferensi.jamTenangMulai} />
          <JamSelect name="jamTenangSelesai" label="Selesai" value={preferensi.jamTenangSelesai} />
        </div>
        <FieldError id="jamTenangSelesai-error" errors={state.fieldErrors?.jamTenangSelesai} />
        <label className="mt-4 flex items-start gap-2 text-sm text-slate-700">
          <input type="checkbox" name="ringkasanHarian" defaultChecked={preferensi.ringkasanHarian} className="mt-0.5 h-4 w-4" />
          <span>Kirim e-mail dan WhatsApp sebagai satu ringkasan harian (pukul 07.00 WIB, atau saat jam tenang Anda berakhir), bukan satu per kabar.</span>
        </label>
      </section>

      <FormMessage state={state} />
      <button type="submit" disabled={pending} className="w-full rounded-lg bg-brand-700 px-4 py-2.5 font-semibold text-white disabled:opacity-50 sm:w-auto">
        {pending ? 'Menyimpan…' : 'Simpan pengaturan'}
      </button>
    </form>
  );
}

function JamSelect({ name, label, value }: { name: string; label: string; value: number | null }) {
  return (
    <label className="text-sm">
      <span className="font-semibold text-slate-700">{label}</span>
      <select name={name} defaultValue={value === null ? '' : String(value)} className="mt-1 block rounded-md border border-slate-300 px-2 py-1.5">
        <option value="">Tidak ada</option>
        {JAM.map((h) => (
          <option key={h} value={h}>
            {String(h).padStart(2, '0')}.00
          </option>
        ))}
      </select>
    </label>
  );
}
