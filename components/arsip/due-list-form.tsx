'use client';

import type { FormState } from '@/lib/actions/form-state';
import { FormMessage } from '@/components/ui/form-message';
import { PilihCheckbox } from '@/components/ui/pilih-checkbox';
import { useFormAction } from '@/components/ui/use-form-action';
import { ScrollRegion } from '@/components/ui/scroll-region';

export interface DueRow {
  id: string;
  kode: string;
  uraian: string;
  nomor: string | null;
  unit: string;
  tanggal: string;
  batas: string;
}

/**
 * One due list (pindah, usul musnah, serah, dinilai kembali) with a box per record, all ticked, and
 * the buttons that draw up the daftar and its berita acara.
 */
export function DueListForm(props: { title: string; batasLabel: string; rows: DueRow[]; jenis: { value: string; label: string }[]; action: (prev: FormState, data: FormData) => Promise<FormState> }) {
  const { state, pending, form } = useFormAction(props.action);
  return (
    <section className="rounded-lg border border-slate-200 bg-white" aria-label={props.title}>
      <h2 className="border-b border-slate-100 px-3 py-2 text-sm font-semibold text-slate-900">
        {props.title} <span className="font-normal text-slate-500">({props.rows.length})</span>
      </h2>
      {props.rows.length === 0 ? (
        <p className="px-3 py-2 text-sm text-slate-500">Tidak ada arsip yang jatuh tempo.</p>
      ) : (
        <form {...form} className="space-y-2 p-3">
          <ScrollRegion label="Arsip jatuh tempo" className="max-h-96 overflow-auto">
            <table className="w-full text-sm">
              <thead className="text-left text-xs text-slate-600">
                <tr>
                  <th className="w-8" />
                  <th className="px-2 py-1">Kode</th>
                  <th className="px-2 py-1">Uraian</th>
                  <th className="px-2 py-1">Unit pengolah</th>
                  <th className="px-2 py-1">Tanggal</th>
                  <th className="px-2 py-1">{props.batasLabel}</th>
                </tr>
              </thead>
              <tbody>
                {props.rows.map((r) => (
                  <tr key={r.id} className="border-t border-slate-100 align-top">
                    <td className="px-1 py-1">
                      <PilihCheckbox name="arsipIds" value={r.id} defaultChecked label={`Pilih ${r.uraian}`} />
                    </td>
                    <td className="px-2 py-1 font-mono text-xs">{r.kode}</td>
                    <td className="px-2 py-1">
                      {r.uraian}
                      {r.nomor && <div className="text-xs text-slate-500">{r.nomor}</div>}
                    </td>
                    <td className="px-2 py-1 text-xs">{r.unit}</td>
                    <td className="whitespace-nowrap px-2 py-1">{r.tanggal}</td>
                    <td className="whitespace-nowrap px-2 py-1">{r.batas}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <div className="flex flex-wrap gap-2">
            {props.jenis.map((j) => (
              <button key={j.value} type="submit" name="jenis" value={j.value} disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
                {j.label}
              </button>
            ))}
          </div>
          <FormMessage state={state} />
        </form>
      )}
    </section>
  );
}
