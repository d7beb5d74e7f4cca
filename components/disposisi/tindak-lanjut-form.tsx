'use client';

import type { FormState } from '@/lib/actions/form-state';
import { FieldError } from '@/components/ui/field-error';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { ScanInput } from '@/components/pencatatan/scan-input';

/** The recipient's report on a disposisi: a note, an optional file, and whether the work is done. */
export function TindakLanjutForm(props: { naskahId: string; penerimaDisposisiId: string; action: (prev: FormState, data: FormData) => Promise<FormState> }) {
  const { state, pending, form } = useFormAction(props.action);
  return (
    <form {...form} className="space-y-3">
      <input type="hidden" name="naskahId" value={props.naskahId} />
      <input type="hidden" name="penerimaDisposisiId" value={props.penerimaDisposisiId} />
      <label className="block text-sm">
        <span className="font-semibold text-slate-700">Laporan tindak lanjut</span>
        <textarea name="catatan" rows={3} maxLength={4000} required className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5" />
        <FieldError id="catatan-error" errors={state.fieldErrors?.catatan} />
      </label>
      <ScanInput name="lampiran" label="Lampiran (opsional)" hint="PDF, JPG, atau PNG, paling besar 20 MB." errors={state.fieldErrors?.lampiran} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="selesai" />
        Tandai selesai
      </label>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className="w-full rounded-lg bg-emerald-700 px-4 py-2.5 font-semibold text-white disabled:opacity-50">
        {pending ? 'Menyimpan…' : 'Kirim laporan'}
      </button>
    </form>
  );
}
