'use client';

import { useActionState, useMemo } from 'react';
import { INITIAL_FORM_STATE, type FormState } from '@/lib/actions/form-state';
import { withRequestFailure } from '@/lib/actions/request-failure';

/** useActionState for a form that sends files: a call refused before the action (too large, offline) shows a message. */
export function useFormAction(action: (prev: FormState, data: FormData) => Promise<FormState>) {
  const safe = useMemo(() => withRequestFailure(action), [action]);
  return useActionState(safe, INITIAL_FORM_STATE);
}
