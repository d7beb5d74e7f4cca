'use client';

import { useState, useTransition } from 'react';
import { INITIAL_FORM_STATE, type FormState } from '@/lib/actions/form-state';
import { FieldError } from '@/components/ui/field-error';

/** BSRE_AUTH=totp: the code BSrE sends replaces the passphrase; the button asks for one. */
export interface TotpOption {
  documents: number;
  request: (prev: FormState, data: FormData) => Promise<FormState>;
}

/** The certificate passphrase (or the TOTP code): never remembered by the browser, never echoed. */
/** `errors` are shown under the field; `invalid` marks it also when the reason is said elsewhere (the form's banner). */
export function PassphraseField({ id, errors, invalid, autoFocus, totp }: { id: string; errors?: string[]; invalid?: boolean; autoFocus?: boolean; totp?: TotpOption }) {
  return (
    <div className="space-y-2">
      {totp && <TotpRequest option={totp} />}
      <label htmlFor={id} className="block text-sm">
        <span className="font-semibold text-slate-700">{totp ? 'Kode TOTP dari BSrE' : 'Passphrase sertifikat elektronik'}</span>
        <input
          id={id}
          name="passphrase"
          type={totp ? 'text' : 'password'}
          inputMode={totp ? 'numeric' : undefined}
          autoComplete={totp ? 'one-time-code' : 'off'}
          autoCorrect="off"
          autoCapitalize="off"
          spellCheck={false}
          required
          autoFocus={autoFocus}
          aria-invalid={invalid || errors?.length ? true : undefined}
          aria-describedby={errors?.length ? `${id}-error` : undefined}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2.5 text-base"
        />
      </label>
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

function TotpRequest({ option }: { option: TotpOption }) {
  const [state, setState] = useState<FormState>(INITIAL_FORM_STATE);
  const [pending, startTransition] = useTransition();
  const send = () =>
    startTransition(async () => {
      const data = new FormData();
      data.set('documents', String(option.documents));
      setState(await option.request(INITIAL_FORM_STATE, data).catch(() => ({ ok: false, message: 'Gagal meminta kode TOTP. Coba lagi.' })));
    });
  return (
    <div className="space-y-1">
      <button type="button" onClick={send} disabled={pending} className="w-full rounded-lg border border-brand-700 px-4 py-2.5 text-sm font-semibold text-brand-700 disabled:opacity-60">
        {pending ? 'Meminta kode…' : 'Kirim kode TOTP'}
      </button>
      {state.message && (
        <p role={state.ok ? 'status' : 'alert'} className={`text-sm ${state.ok ? 'text-emerald-800' : 'text-red-700'}`}>
          {state.message}
        </p>
      )}
    </div>
  );
}
