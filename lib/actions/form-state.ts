// What every server action returns to useActionState.
export interface FormState {
  ok: boolean;
  message: string | null;
  fieldErrors?: Record<string, string[] | undefined>;
}

export const INITIAL_FORM_STATE: FormState = { ok: false, message: null };
