'use client';

import { useMemo } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { usePelakuLuring } from '@/lib/offline/luring-context';
import { withOfflineQueue } from '@/lib/offline/with-offline-queue';
import { FieldError } from '@/components/ui/field-error';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { ScanInput } from '@/components/pencatatan/scan-input';

/** The recipient's report on a disposisi: a note, an optional file, and whether the work is done.
 * Offline, a report without a file waits on the phone and is sent when the network returns. */
export function TindakLanjutForm(props: { naskahId: string; penerimaDisposisiId: string; action: (prev: FormState, data: FormData) => Promise<FormState> }) {
  const pelaku = usePelakuLuring();
  const action = useMemo(
    () =>
      withOfflineQueue(props.action, pelaku, (data) => ({
        jenis: 'tindak-lanjut',
        naskahId: props.naskahId,
        ringkasan: data.get('selesai') ? 'Laporan tindak lanjut (selesai)' : 'Laporan tindak lanjut',
      })),
    [props.action, props.naskahId, pelaku],
  );
  const { state, pending, form } = useFormAction(action, { isian: `tindak-lanjut:${props.penerimaDisposisiId}` });
  return (
    <form {...form} className="space-y-3">
      <input type="hidden" name="naskahId" value={props.naskahId} />
      <input type="hidden" name="penerimaDisposisiId" value={props.penerimaDisposisiId} />
      <label className="block text-sm">
        <span className="font-semibold text-slate-700">Laporan tindak lanjut</span>
        <textarea name="catatan" rows={3} maxLength={4000} required className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base" />
        <FieldError id="catatan-error" errors={state.fieldErrors?.catatan} />
      </label>
      <ScanInput name="lampiran" label="Lampiran (opsional)" hint="PDF, JPG, atau PNG, paling besar 20 MB." errors={state.fieldErrors?.lampiran} />
      <label className="flex min-h-11 items-center gap-3 text-sm">
        <input type="checkbox" name="selesai" className="h-5 w-5" />
        Tandai selesai
      </label>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className="min-h-12 w-full rounded-lg bg-emerald-700 px-4 py-2.5 font-semibold text-white disabled:opacity-50">
        {pending ? 'Menyimpan…' : 'Kirim laporan'}
      </button>
    </form>
  );
}
