'use client';

import { useActionState, useMemo } from 'react';
import { INITIAL_FORM_STATE, type FormState } from '@/lib/actions/form-state';
import { withRequestFailure } from '@/lib/actions/request-failure';
import { PassphraseField, type TotpOption } from './passphrase-field';

/**
 * The signer's passphrase and the button. On failure the reason is shown in Indonesian and the
 * button becomes "Coba lagi"; the naskah stays waiting, without a number.
 */
export function SignForm(props: { naskahId: string; action: (prev: FormState, data: FormData) => Promise<FormState>; lastFailure?: string | null; belumPasti?: boolean; totp?: TotpOption }) {
  // A call that never reached the server (no signal) is a message here, not the error page, which
  // blamed the server; the passphrase field is emptied either way (a <form action> resets).
  const action = useMemo(() => withRequestFailure(props.action), [props.action]);
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  // An input the form refused (an empty passphrase) is said at the field alone; an attempt that
  // failed (a wrong passphrase) in the banner, and not again at the field.
  const atField = state.fieldErrors?.passphrase ?? [];
  const inputRefused = atField.length > 0 && !atField.includes(state.message ?? '');
  const failure = pending ? null : state.message && !state.ok ? (inputRefused ? null : state.message) : state.message ? null : props.lastFailure;
  return (
    <form action={formAction} className="space-y-3" data-testid="sign-form">
      <input type="hidden" name="naskahId" value={props.naskahId} />
      <PassphraseField id="passphrase" errors={pending ? undefined : atField.filter((m) => m !== failure)} invalid={!pending && atField.length > 0} totp={props.totp} />
      {failure && (
        <div role="alert" className={`rounded-md border px-3 py-2 text-sm ${props.belumPasti ? 'border-amber-300 bg-amber-50 text-amber-900' : 'border-red-200 bg-red-50 text-red-800'}`}>
          <p className="font-semibold">{props.belumPasti ? 'Status belum pasti' : 'Naskah belum ditandatangani'}</p>
          <p>{failure}</p>
          {!props.belumPasti && <p className="mt-1 text-xs text-red-700">Nomor belum diambil; naskah tetap menunggu tanda tangan Anda.</p>}
        </div>
      )}
      {props.belumPasti && (
        <label className="flex items-start gap-2 text-sm text-slate-800">
          <input type="checkbox" name="ulangiBelumPasti" className="mt-0.5 h-5 w-5 shrink-0" required />
          Saya sudah memeriksa dan ingin menandatangani ulang dengan nomor yang sama
        </label>
      )}
      {state.ok && state.message && (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {state.message}
        </p>
      )}
      <button type="submit" disabled={pending} className="w-full rounded-lg bg-brand-700 px-4 py-3 text-base font-semibold text-white disabled:opacity-60">
        {pending ? 'Menandatangani…' : props.belumPasti ? 'Tandatangani ulang' : failure ? 'Coba lagi' : 'Tandatangani'}
      </button>
      <p className="text-xs text-slate-500">
        Saat ditandatangani, nomor naskah diambil dari penomoran OPD, tanggal hari ini dicantumkan, dan kode QR verifikasi dibubuhkan di blok tanda tangan.
      </p>
    </form>
  );
}
