'use client';

import { startTransition, useActionState, useCallback, useEffect, useMemo, useRef, type FormEvent } from 'react';
import { INITIAL_FORM_STATE, type FormState } from '@/lib/actions/form-state';
import { withRequestFailure } from '@/lib/actions/request-failure';

type Action = (prev: FormState, data: FormData) => Promise<FormState>;

/**
 * The one way a form calls its server action. React resets every uncontrolled field (and the chosen
 * files) after an action passed as `<form action>`, even when the server refused the input, so the
 * person would type everything again. Submitting through `onSubmit` + `startTransition` instead
 * leaves the fields as they are: a refusal keeps what was typed and chosen, a success clears the form
 * (unless the action says `keepInput`). A call refused before the action (too large, offline) becomes
 * a message instead of the error boundary, which would remount and empty the form as well.
 *
 * Use: `const { state, pending, form } = useFormAction(action); <form {...form}>`.
 */
export function useFormAction(action: Action) {
  const safe = useMemo(() => withRequestFailure(action), [action]);
  const [state, dispatch, pending] = useActionState(safe, INITIAL_FORM_STATE);
  const ref = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (state.ok && !state.keepInput) ref.current?.reset();
  }, [state]);

  /** Sends a form's fields (and the button that submitted it, e.g. `mode`) to the action. */
  const submit = useCallback(
    (form: HTMLFormElement, submitter?: HTMLElement | null) => {
      const data = new FormData(form, submitter ?? null);
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

  return { state, pending, submit, form: { ref, onSubmit } };
}
