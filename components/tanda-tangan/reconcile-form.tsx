'use client';

import { useActionState, useMemo } from 'react';
import { INITIAL_FORM_STATE, type FormState } from '@/lib/actions/form-state';
import { withRequestFailure } from '@/lib/actions/request-failure';

/** "Periksa hasil di BSrE": fetches the document of a "belum pasti" attempt instead of signing again. */
export function ReconcileForm(props: { naskahId: string; action: (prev: FormState, data: FormData) => Promise<FormState> }) {
  const action = useMemo(() => withRequestFailure(props.action), [props.action]);
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="mb-3 space-y-2" data-testid="reconcile-form">
      <input type="hidden" name="naskahId" value={props.naskahId} />
      <button type="submit" disabled={pending} className="w-full rounded-lg border border-brand-700 px-4 py-3 text-base font-semibold text-brand-700 disabled:opacity-60">
        {pending ? 'Memeriksa…' : 'Periksa hasil di BSrE'}
      </button>
      {state.message && (
        <p role={state.ok ? 'status' : 'alert'} className={`rounded-md px-3 py-2 text-sm ${state.ok ? 'bg-emerald-50 text-emerald-800' : 'bg-amber-50 text-amber-900'}`}>
          {state.message}
        </p>
      )}
    </form>
  );
}
