'use client';

import { useState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { FieldError } from '@/components/ui/field-error';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';

export interface RecipientOption {
  jabatanId: string;
  nama: string;
  namaSingkat: string;
  pemegang: string | null;
}

export interface PresetOption {
  id: string;
  nama: string;
  penerima: string[];
  instruksi: string[];
  catatan: string | null;
}

const DEFAULT_INSTRUKSI = 'Untuk ditindaklanjuti';

/**
 * Phone-first: the post's saved presets and its most recent recipients are big buttons; one tap
 * picks a preset or a recipient (with the usual instruction already ticked), a second tap sends.
 * Everything else is under "Lainnya", where the current choice can be saved as a preset.
 * The page remounts it (by key) after a disposisi is sent, so the selection starts empty again.
 */
export function DisposisiForm(props: {
  naskahId: string;
  recipients: RecipientOption[];
  quickRecipientIds: string[];
  instruksi: string[];
  presets: PresetOption[];
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  savePresetAction: (prev: FormState, data: FormData) => Promise<FormState>;
}) {
  const { state, pending, form } = useFormAction(props.action);
  // Saving a preset sends the same fields to another action and leaves the form as it is.
  const { state: presetState, pending: presetPending, submit: submitPreset } = useFormAction(props.savePresetAction);
  const [chosen, setChosen] = useState<string[]>([]);
  const [instruksi, setInstruksi] = useState<string[]>(props.instruksi.includes(DEFAULT_INSTRUKSI) ? [DEFAULT_INSTRUKSI] : []);
  const [catatan, setCatatan] = useState('');
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((v) => b.includes(v));
  const byId = new Map(props.recipients.map((r) => [r.jabatanId, r]));
  const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);
  const quick = props.quickRecipientIds.map((id) => byId.get(id)).filter((r): r is RecipientOption => r !== undefined);

  return (
    <form {...form} className="space-y-4">
      <input type="hidden" name="naskahId" value={props.naskahId} />
      {chosen.map((id) => (
        <input key={id} type="hidden" name="penerima" value={id} />
      ))}
      {instruksi.map((i) => (
        <input key={i} type="hidden" name="instruksi" value={i} />
      ))}

      {props.presets.length > 0 && (
        <div className="flex flex-wrap gap-2" role="group" aria-label="Preset disposisi">
          {props.presets.map((p) => {
            const on = same(chosen, p.penerima) && same(instruksi, p.instruksi) && catatan === (p.catatan ?? '');
            return (
              <button
                key={p.id}
                type="button"
                aria-pressed={on}
                onClick={() => {
                  setChosen(p.penerima);
                  setInstruksi(p.instruksi);
                  setCatatan(p.catatan ?? '');
                }}
                className={`rounded-full border px-3.5 py-2 text-sm font-semibold ${on ? 'border-emerald-700 bg-emerald-700 text-white' : 'border-emerald-300 bg-emerald-50 text-emerald-900'}`}
              >
                {p.nama}
              </button>
            );
          })}
        </div>
      )}

      <fieldset>
        <legend className="mb-2 text-sm font-semibold text-slate-700">Kepada</legend>
        <div className="grid grid-cols-2 gap-2" role="group" aria-label="Penerima cepat">
          {quick.map((r) => {
            const on = chosen.includes(r.jabatanId);
            return (
              <button
                key={r.jabatanId}
                type="button"
                aria-pressed={on}
                onClick={() => setChosen(toggle(chosen, r.jabatanId))}
                className={`rounded-lg border px-3 py-3 text-left text-sm ${on ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 bg-white text-slate-800'}`}
              >
                <span className="block font-semibold">{r.namaSingkat}</span>
                <span className={`block truncate text-xs ${on ? 'text-brand-100' : 'text-slate-500'}`}>{r.pemegang ?? 'Kosong'}</span>
              </button>
            );
          })}
        </div>
        <FieldError id="penerima-error" errors={state.fieldErrors?.penerima} />
      </fieldset>

      <details className="rounded-lg border border-slate-200 bg-slate-50 px-3 py-2">
        <summary className="cursor-pointer text-sm font-medium text-slate-700">Lainnya: penerima lain, instruksi, catatan, batas waktu</summary>
        <div className="mt-3 space-y-4">
          <fieldset>
            <legend className="mb-1 text-sm font-semibold text-slate-700">Semua jabatan di bawah Anda</legend>
            <div className="max-h-56 space-y-1 overflow-y-auto">
              {props.recipients.map((r) => (
                <label key={r.jabatanId} className="flex items-start gap-2 text-sm">
                  <input type="checkbox" className="mt-1" checked={chosen.includes(r.jabatanId)} onChange={() => setChosen(toggle(chosen, r.jabatanId))} />
                  <span>
                    {r.nama}
                    <span className="block text-xs text-slate-500">{r.pemegang ?? 'Kosong'}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend className="mb-1 text-sm font-semibold text-slate-700">Instruksi</legend>
            <div className="grid gap-1 sm:grid-cols-2">
              {props.instruksi.map((i) => (
                <label key={i} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" checked={instruksi.includes(i)} onChange={() => setInstruksi(toggle(instruksi, i))} />
                  {i}
                </label>
              ))}
            </div>
            <FieldError id="instruksi-error" errors={state.fieldErrors?.instruksi} />
          </fieldset>
          <label className="block text-sm">
            <span className="font-semibold text-slate-700">Catatan</span>
            <textarea
              name="catatan"
              rows={3}
              maxLength={2000}
              value={catatan}
              onChange={(e) => setCatatan(e.target.value)}
              className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5"
            />
          </label>
          <div className="grid grid-cols-2 gap-3">
            <label className="block text-sm">
              <span className="font-semibold text-slate-700">Batas waktu</span>
              <input type="date" name="batasWaktu" className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5" />
              <FieldError id="batasWaktu-error" errors={state.fieldErrors?.batasWaktu} />
            </label>
            <label className="block text-sm">
              <span className="font-semibold text-slate-700">Kecepatan</span>
              <select name="derajatKecepatan" defaultValue="BIASA" className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5">
                <option value="BIASA">Biasa</option>
                <option value="SEGERA">Segera</option>
                <option value="SANGAT_SEGERA">Sangat Segera</option>
              </select>
            </label>
          </div>
          <div className="rounded-md border border-dashed border-slate-300 p-2">
            <label className="block text-sm">
              <span className="font-semibold text-slate-700">Simpan pilihan ini sebagai preset</span>
              <input name="namaPreset" maxLength={60} placeholder="mis. Kabid Aptika, tindak lanjuti" className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5" />
            </label>
            <FieldError id="namaPreset-error" errors={presetState.fieldErrors?.namaPreset} />
            <button type="button" onClick={(event) => event.currentTarget.form && submitPreset(event.currentTarget.form)} disabled={presetPending || chosen.length === 0} className="mt-2 rounded-md border border-emerald-700 px-3 py-1.5 text-sm font-semibold text-emerald-800 disabled:opacity-50">
              {presetPending ? 'Menyimpan…' : 'Simpan preset'}
            </button>
            <FormMessage state={presetState} />
          </div>
        </div>
      </details>

      <FormMessage state={state} />
      <button
        type="submit"
        disabled={pending || chosen.length === 0}
        className="w-full rounded-lg bg-brand-700 px-4 py-3 text-base font-semibold text-white shadow disabled:opacity-50"
      >
        {pending ? 'Mengirim…' : chosen.length ? `Kirim disposisi (${chosen.length})` : 'Pilih penerima'}
      </button>
    </form>
  );
}
