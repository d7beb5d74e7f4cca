'use client';

import { startTransition, useActionState, useCallback, useEffect, useEffectEvent, useMemo, useRef, useState, type FormEvent } from 'react';
import { INITIAL_FORM_STATE, type FormState } from '@/lib/actions/form-state';
import { withRequestFailure } from '@/lib/actions/request-failure';
import { returnPathOf } from '@/lib/domain/auth/return-path';
import { usePelakuLuring } from '@/lib/offline/luring-context';
import { ambilIsian, isiKembali, simpanIsian, type Isian } from './isian-tertunda';

type Action = (prev: FormState, data: FormData) => Promise<FormState>;

export const PESAN_ISIAN_DIPULIHKAN = 'Sesi Anda sempat berakhir, jadi isian ini belum terkirim. Isiannya sudah dikembalikan: periksa, lalu kirim lagi.';
export const PESAN_PILIH_BERKAS_LAGI = 'Berkas yang tadi dipilih perlu dipilih lagi.';

export interface FormActionOptions {
  /**
   * A name for this form on its page: when its action finds the session ended, what was sent is
   * kept in the tab (isian-tertunda.ts) and put back after signing in. Only forms where people
   * type; never a password form.
   */
  isian?: string;
  /** Puts kept fields back where the form keeps them in state (hidden fields); default: isiKembali. */
  pulihkan?: (isian: Isian, form: HTMLFormElement | null) => void;
}

/**
 * The one way a form calls its server action. React resets every uncontrolled field (and the chosen
 * files) after an action passed as `<form action>`, even when the server refused the input, so the
 * person would type everything again. Submitting through `onSubmit` + `startTransition` instead
 * leaves the fields as they are: a refusal keeps what was typed and chosen, a success clears the form
 * (unless the action says `keepInput`). A call refused before the action (too large, offline) becomes
 * a message instead of the error boundary, which would remount and empty the form as well. With
 * `isian`, a session that ended while the person typed costs them nothing either.
 *
 * Use: `const { state, pending, form } = useFormAction(action); <form {...form}>`.
 */
export function useFormAction(action: Action, { isian, pulihkan }: FormActionOptions = {}) {
  const pelaku = usePelakuLuring();
  const pegawaiId = pelaku?.pegawaiId;
  const jabatanId = pelaku?.jabatanId ?? null;
  const safe = useMemo(
    () =>
      withRequestFailure(
        action,
        isian && pegawaiId ? (halaman: string, data: FormData) => simpanIsian(halaman, isian, { pegawaiId, jabatanId }, data) : undefined,
      ),
    [action, isian, pegawaiId, jabatanId],
  );
  const [state, dispatch, pending] = useActionState(safe, INITIAL_FORM_STATE);
  const ref = useRef<HTMLFormElement>(null);
  const [dipulihkan, setDipulihkan] = useState<FormState | null>(null);

  useEffect(() => {
    if (state.ok && !state.keepInput) ref.current?.reset();
  }, [state]);

  // Back from signing in: the page asked for again is the one the action's redirect named.
  const pulihkanSimpanan = useEffectEvent(() => {
    if (!isian || !pegawaiId) return;
    const kept = ambilIsian(returnPathOf(new URL(window.location.href)) ?? '/', isian, { pegawaiId, jabatanId });
    if (!kept) return;
    if (pulihkan) pulihkan(kept.isian, ref.current);
    else isiKembali(ref.current, kept.isian);
    setDipulihkan({ ok: false, info: true, message: kept.adaBerkas ? `${PESAN_ISIAN_DIPULIHKAN} ${PESAN_PILIH_BERKAS_LAGI}` : PESAN_ISIAN_DIPULIHKAN });
  });
  // The tab's storage exists only in the browser, after hydration: the one render this costs is
  // the point (the fields fill in), and it happens once, when something was kept.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => pulihkanSimpanan(), [isian, pegawaiId, jabatanId]);

  /** Sends a form's fields (and the button that submitted it, e.g. `mode`) to the action. */
  const submit = useCallback(
    (form: HTMLFormElement, submitter?: HTMLElement | null) => {
      const data = new FormData(form, submitter ?? null);
      setDipulihkan(null);
      startTransition(() => dispatch(data));
    },
    [dispatch],
  );

  const onSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      submit(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    },
    [submit],
  );

  return { state: dipulihkan ?? state, pending, submit, form: { ref, onSubmit } };
}
