'use client';

import type { FormState } from '@/lib/actions/form-state';
import { FieldError } from '@/components/ui/field-error';
import { PilihCheckbox } from '@/components/ui/pilih-checkbox';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { ScrollRegion } from '@/components/ui/scroll-region';

export interface DaftarBerkas {
  id: string;
  nomor: number;
  judul: string;
  kode: string | null;
  unit: string;
  milikUnit: boolean;
  arsip: {
    id: string;
    nomorItem: number;
    kode: string | null;
    uraian: string;
    nomor: string | null;
    tanggal: string;
    aktifSampai: string;
    inaktifSampai: string;
    keterangan: string;
    buktiSampai: string | null;
  }[];
}

/**
 * The Daftar Arsip as a table per berkas, with a box per record so the unit can move records into
 * another of its folders.
 */
export function DaftarArsipForm(props: { action: (prev: FormState, data: FormData) => Promise<FormState>; berkas: DaftarBerkas[]; bolehPindah: boolean }) {
  const { state, pending, form } = useFormAction(props.action);
  const tujuan = props.berkas.filter((b) => b.milikUnit);
  return (
    <form {...form} aria-label="Daftar arsip" className="space-y-4">
      {props.berkas.map((b) => (
        <section key={b.id} className="rounded-lg border border-slate-200 bg-white" aria-label={`Berkas ${b.nomor}: ${b.judul}`}>
          <header className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-100 px-3 py-2">
            <h2 className="text-sm font-semibold text-slate-900">
              Berkas {b.nomor}. {b.judul}
            </h2>
            <span className="text-xs text-slate-500">
              {b.unit} · {b.arsip.length} item ·{' '}
              <a className="font-semibold text-brand-700 underline" href={`/arsip/berkas/${b.id}/unduh`}>
                Unduh (zip)
              </a>
            </span>
          </header>
          {b.arsip.length === 0 ? (
            <p className="px-3 py-2 text-sm text-slate-500">Berkas masih kosong.</p>
          ) : (
            <ScrollRegion label="Isi berkas" className="overflow-x-auto">
              <table className="w-full text-sm">
                <thead className="text-left text-xs text-slate-600">
                  <tr>
                    {props.bolehPindah && <th className="w-8 px-2 py-1" />}
                    <th className="px-2 py-1">No.</th>
                    <th className="px-2 py-1">Kode</th>
                    <th className="px-2 py-1">Uraian</th>
                    <th className="px-2 py-1">Tanggal</th>
                    <th className="px-2 py-1">Aktif s.d.</th>
                    <th className="px-2 py-1">Inaktif s.d.</th>
                    <th className="px-2 py-1">Keterangan</th>
                  </tr>
                </thead>
                <tbody>
                  {b.arsip.map((a) => (
                    <tr key={a.id} className="border-t border-slate-100 align-top">
                      {props.bolehPindah && (
                        <td className="px-2 py-1">
                          <PilihCheckbox name="arsipIds" value={a.id} label={`Pilih ${a.uraian}`} />
                        </td>
                      )}
                      <td className="px-2 py-1">{a.nomorItem}</td>
                      <td className="px-2 py-1 font-mono text-xs">{a.kode ?? '-'}</td>
                      <td className="min-w-48 px-2 py-1">
                        <a href={`/arsip/rekaman/${a.id}`} className="font-medium text-brand-700 underline">
                          {a.uraian}
                        </a>
                        {a.nomor && <div className="text-xs text-slate-500">{a.nomor}</div>}
                      </td>
                      <td className="whitespace-nowrap px-2 py-1">{a.tanggal}</td>
                      <td className="whitespace-nowrap px-2 py-1">{a.aktifSampai}</td>
                      <td className="whitespace-nowrap px-2 py-1">{a.inaktifSampai}</td>
                      <td className="px-2 py-1">{a.keterangan}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
        </section>
      ))}
      {props.bolehPindah && tujuan.length > 0 && (
        <div className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-slate-50 p-3">
          <label className="text-sm">
            Pindahkan yang dipilih ke berkas
            <select name="berkasArsipId" className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base md:text-sm">
              {tujuan.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.nomor}. {b.judul}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
            Pindahkan
          </button>
          <FieldError id="arsip-pindah-error" errors={state.fieldErrors?.arsipIds} />
        </div>
      )}
      <FormMessage state={state} />
    </form>
  );
}
