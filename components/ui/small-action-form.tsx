'use client';

import type { FormState } from '@/lib/actions/form-state';
import { FormMessage } from './form-message';
import { useFormAction } from './use-form-action';

const TONE = {
  /** Undoes or removes something (tarik disposisi, hapus preset). */
  danger: 'text-red-700',
  neutral: 'text-brand-700',
} as const;

/** A one-button form (withdraw, mark read, and the like) with hidden fields and its outcome line. */
export function SmallActionForm(props: {
  fields: Record<string, string>;
  label: string;
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  tone?: keyof typeof TONE;
}) {
  const { state, pending, form } = useFormAction(props.action);
  return (
    <form {...form} className="mt-1 space-y-1">
      {Object.entries(props.fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} className={`text-xs font-semibold underline disabled:opacity-50 ${TONE[props.tone ?? 'danger']}`}>
        {props.label}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
