'use client';

import { useEffect, useRef } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { REQUEST_FAILED_MESSAGE } from '@/lib/actions/request-failure';
import { FieldError } from '@/components/ui/field-error';
import { useFormAction } from '@/components/ui/use-form-action';

export function SignInForm({ action, kembali }: { action: (prev: FormState, data: FormData) => Promise<FormState>; kembali: string | null }) {
  // useFormAction: a refused sign-in keeps the NIP typed (a plain form action emptied it), and a
  // dropped connection is a message, not the error page. The password is cleared for the next try.
  const { state, pending, form } = useFormAction(action);
  const password = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!state.ok && state.message && state.message !== REQUEST_FAILED_MESSAGE && password.current) {
      password.current.value = '';
      password.current.focus();
    }
  }, [state]);
  return (
    <form {...form} className="space-y-4" noValidate>
      {kembali && <input type="hidden" name="kembali" value={kembali} />}
      {state.message && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.message}
        </p>
      )}
      <div>
        <label htmlFor="identifier" className="block text-sm font-medium text-slate-700">
          NIP atau e-mail
        </label>
        <input
          id="identifier"
          name="identifier"
          autoComplete="username"
          inputMode="text"
          required
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2.5 text-base shadow-sm focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none"
          aria-invalid={Boolean(state.fieldErrors?.identifier)}
          aria-describedby="identifier-error"
        />
        <FieldError id="identifier-error" errors={state.fieldErrors?.identifier} />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium text-slate-700">
          Kata sandi
        </label>
        <input
          ref={password}
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2.5 text-base shadow-sm focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none"
          aria-invalid={Boolean(state.fieldErrors?.password)}
          aria-describedby="password-error"
        />
        <FieldError id="password-error" errors={state.fieldErrors?.password} />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-700 px-4 py-2.5 text-base font-semibold text-white shadow hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? 'Memeriksa…' : 'Masuk'}
      </button>
    </form>
  );
}
