'use client';

import { useActionState } from 'react';
import { INITIAL_FORM_STATE, type FormState } from '@/lib/actions/form-state';
import { FormMessage } from '@/components/ui/form-message';

/** A one-button form (withdraw, and the like) with hidden fields and its outcome line. */
export function SmallActionForm(props: {
  fields: Record<string, string>;
  label: string;
  action: (prev: FormState, data: FormData) => Promise<FormState>;
}) {
  const [state, formAction, pending] = useActionState(props.action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="mt-1 space-y-1">
      {Object.entries(props.fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} className="text-xs font-semibold text-red-700 underline disabled:opacity-50">
        {props.label}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
