'use server';

import { z } from 'zod';
import { AuthError } from 'next-auth';
import { signIn } from '@/lib/auth/auth';
import { signInSchema } from '@/lib/domain/auth/sign-in-schema';
import { safeReturnPath } from '@/lib/domain/auth/return-path';
import { formDataToObject } from '@/lib/actions/define-action';
import { signInRefusalMessage } from '@/lib/auth/sign-in-messages';
import type { FormState } from '@/lib/actions/form-state';

// Sign-in is the one action without an actor: it is what makes one.
export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = signInSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    return { ok: false, message: null, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  try {
    // Back to the page asked for before signing in, when it is a path on this app (checked again here: the field is the client's).
    await signIn('credentials', { ...parsed.data, redirectTo: safeReturnPath(formData.get('kembali')) ?? '/' });
    return { ok: true, message: null };
  } catch (error) {
    if (error instanceof AuthError) {
      return { ok: false, message: signInRefusalMessage((error as AuthError & { code?: string }).code) };
    }
    throw error; // the redirect after a successful sign-in
  }
}
