'use client';

import { useState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';

/** "Batalkan konsep": asks once, with an optional reason; the action then redirects to the Konsep list. */
export function CancelKonsepButton({ naskahId, action }: { naskahId: string; action: (prev: FormState, fd: FormData) => Promise<FormState> }) {
  const [open, setOpen] = useState(false);
  const { state, pending, form } = useFormAction(action);

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className="rounded-md border border-red-300 bg-white px-3 py-2 text-sm font-medium text-red-700 hover:bg-red-50">
        Batalkan konsep
      </button>
    );
  }
  return (
    <form {...form} role="dialog" aria-label="Batalkan konsep" className="w-full space-y-2 rounded-xl border border-red-200 bg-red-50 p-4 sm:max-w-lg">
      <input type="hidden" name="naskahId" value={naskahId} />
      <p className="text-sm text-red-900">Konsep yang dibatalkan tidak dapat diajukan lagi. Riwayat versinya tetap disimpan.</p>
      <label className="block space-y-1 text-sm font-medium text-slate-800">
        Alasan (boleh dikosongkan)
        <textarea name="alasan" rows={2} maxLength={500} className="w-full rounded-md border border-slate-300 bg-white px-2 py-2 text-sm font-normal" />
      </label>
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className="rounded-md bg-red-700 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-50">
          {pending ? 'Membatalkan…' : 'Ya, batalkan konsep'}
        </button>
        <button type="button" onClick={() => setOpen(false)} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm">
          Tidak jadi
        </button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
