'use client';

import type { FormState } from '@/lib/actions/form-state';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';

/** One button per jenis; choosing one creates the konsep and opens the editor. */
export function JenisPicker({ options, action }: { options: { value: string; label: string }[]; action: (p: FormState, fd: FormData) => Promise<FormState> }) {
  const { state, pending, form } = useFormAction(action);
  return (
    <form {...form} className="space-y-3">
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        {options.map((o) => (
          <button
            key={o.value}
            type="submit"
            name="jenis"
            value={o.value}
            disabled={pending}
            className="rounded-xl border border-slate-200 bg-white px-3 py-4 text-left text-sm font-semibold text-slate-800 hover:border-brand-600 hover:text-brand-700 disabled:opacity-50"
          >
            {o.label}
          </button>
        ))}
      </div>
      <FormMessage state={state} />
    </form>
  );
}
