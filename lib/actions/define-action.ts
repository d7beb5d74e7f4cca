import 'server-only';
import { z } from 'zod';
import { unstable_rethrow } from 'next/navigation';
import type { Actor } from '@/lib/authz/actor';
import { DomainError } from '@/lib/domain/errors';
import { FORBIDDEN_CHARACTER_MESSAGE, INVALID_DATE_MESSAGE } from '@/lib/domain/input/fields';
import { INDONESIAN_ISSUES } from '@/lib/domain/input/zod-locale';
import { requireActor } from './current-actor';
import { errorToAnswer } from './error-status';
import type { FormState } from './form-state';
import { formDataToObject } from './form-data';
import { markLastWrite } from './last-write';

export { formDataToObject };

export const GENERIC_ERROR_MESSAGE = 'Terjadi kesalahan di server. Perubahan tidak disimpan; coba lagi.';
export const INVALID_INPUT_MESSAGE = 'Periksa kembali isian yang ditandai.';

// Refusals of the input policy are named in the form's message too: the field may be hidden
// (a JSON payload) or far down the form.
const POLICY_MESSAGES = new Set([FORBIDDEN_CHARACTER_MESSAGE, INVALID_DATE_MESSAGE]);

/** The form state for input the schema refused. */
export function invalidInputState(error: z.ZodError): FormState {
  const flat = z.flattenError(error);
  const policy = error.issues.find((i) => POLICY_MESSAGES.has(i.message));
  const message = flat.formErrors[0] ?? (policy ? `${INVALID_INPUT_MESSAGE} ${policy.message}` : INVALID_INPUT_MESSAGE);
  return { ok: false, message, fieldErrors: flat.fieldErrors as FormState['fieldErrors'] };
}

/** Turns what a service threw into a form state; anything unexpected is logged, never shown. */
export function errorToFormState(error: unknown): FormState {
  unstable_rethrow(error);
  if (error instanceof DomainError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
  const answer = errorToAnswer(error);
  if (!answer.unexpected) return { ok: false, message: answer.message };
  console.error('[action]', error instanceof Error ? `${error.name}: ${error.message}` : error);
  return { ok: false, message: GENERIC_ERROR_MESSAGE };
}

/**
 * The one wrapper every server action goes through: every action is a public POST endpoint, so it
 * loads the signed-in actor (or redirects to the sign-in page), validates the input with zod, runs
 * exactly one service, and maps domain errors to a form state. Permission checks live in the
 * service, which receives the actor.
 */
export function defineAction<S extends z.ZodType>(
  schema: S,
  run: (actor: Actor, input: z.infer<S>) => Promise<FormState | void>,
) {
  return async function action(_prev: FormState, formData: FormData): Promise<FormState> {
    const actor = await requireActor();
    // Async so a schema may read an uploaded file's first bytes (registerSuratMasukFormSchema).
    const parsed = await schema.safeParseAsync(formDataToObject(formData), INDONESIAN_ISSUES);
    if (!parsed.success) return invalidInputState(parsed.error);
    try {
      return (await run(actor, parsed.data)) ?? { ok: true, message: null };
    } catch (error) {
      return errorToFormState(error);
    } finally {
      await markLastWrite();
    }
  };
}
