'use client';

import { useActionState } from 'react';
import { INITIAL_FORM_STATE, type FormState } from '@/lib/actions/form-state';
import { FieldError } from '@/components/ui/field-error';

export function SignInForm({ action, kembali }: { action: (prev: FormState, data: FormData) => Promise<FormState>; kembali: string | null }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="space-y-4" noValidate>
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
