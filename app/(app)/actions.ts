'use server';

import { z } from 'zod';
import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { ACTIVE_POST_COOKIE } from '@/lib/actions/current-actor';
import { SESSION_MAX_AGE_SECONDS, signOut } from '@/lib/auth/auth';
import { chooseActivePost } from '@/lib/services/auth/choose-active-post';

export const switchPostAction = defineAction(
  z.object({ jabatanId: z.uuid('Jabatan tidak dikenal.') }),
  async (actor, { jabatanId }) => {
    const post = chooseActivePost(actor, jabatanId);
    (await cookies()).set(ACTIVE_POST_COOKIE, post.jabatanId, {
      httpOnly: true,
      sameSite: 'lax',
      secure: process.env.NODE_ENV === 'production' && process.env.AUTH_URL?.startsWith('https') === true,
      path: '/',
      maxAge: SESSION_MAX_AGE_SECONDS,
    });
    revalidatePath('/', 'layout');
    return { ok: true, message: `Sekarang bertindak sebagai ${post.nama}.` };
  },
);

export async function signOutAction(): Promise<void> {
  (await cookies()).delete(ACTIVE_POST_COOKIE);
  await signOut({ redirectTo: '/masuk' });
}
