// What every server action returns to useActionState.
export interface FormState {
  ok: boolean;
  message: string | null;
  fieldErrors?: Record<string, string[] | undefined>;
  /**
   * A successful check that saved nothing (a "Periksa dulu" dry run): the form keeps what was sent,
   * files included, so the same input can be submitted for real. Otherwise a success clears the form.
   */
  keepInput?: boolean;
  /** Said by the form itself, not the server (what was typed before the session ended is back): neither saved nor refused. */
  info?: boolean;
}

export const INITIAL_FORM_STATE: FormState = { ok: false, message: null };
