'use client';

import { useState } from 'react';
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
  /**
   * For what cannot be undone (tarik disposisi): the first tap asks this, and the action runs on
   * "Ya". One tap in a scrolling list on a phone withdrew a disposisi by accident. Without
   * JavaScript the button submits at once, as before.
   */
  konfirmasi?: { tanya: string; ya: string };
}) {
  const { state, pending, form } = useFormAction(props.action);
  const [tanya, setTanya] = useState(false);
  const tone = TONE[props.tone ?? 'danger'];
  return (
    <form {...form} className="mt-1 space-y-1">
      {Object.entries(props.fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {props.konfirmasi && tanya ? (
        <p role="group" aria-label={props.konfirmasi.tanya} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs">
          <span className="text-slate-700">{props.konfirmasi.tanya}</span>
          <button type="submit" disabled={pending} className={`font-semibold underline disabled:opacity-50 ${tone}`}>
            {props.konfirmasi.ya}
          </button>
          <button type="button" onClick={() => setTanya(false)} className="font-semibold text-slate-700 underline">
            Batal
          </button>
        </p>
      ) : (
        <button
          type="submit"
          disabled={pending}
          onClick={(e) => {
            if (!props.konfirmasi) return;
            e.preventDefault();
            setTanya(true);
          }}
          className={`text-xs font-semibold underline disabled:opacity-50 ${tone}`}
        >
          {props.label}
        </button>
      )}
      <FormMessage state={state} />
    </form>
  );
}
