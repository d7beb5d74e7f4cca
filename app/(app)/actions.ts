'use server';

import { z } from 'zod';
import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { activePostCookieName, hostCookieAttributes } from '@/lib/auth/cookie-names';
import { SESSION_MAX_AGE_SECONDS, signOut } from '@/lib/auth/auth';
import { chooseActivePost } from '@/lib/services/auth/choose-active-post';

export const switchPostAction = defineAction(
  z.object({ jabatanId: z.uuid('Jabatan tidak dikenal.') }),
  async (actor, { jabatanId }) => {
    const post = chooseActivePost(actor, jabatanId);
    (await cookies()).set(activePostCookieName(), post.jabatanId, { httpOnly: true, sameSite: 'lax', ...hostCookieAttributes(), maxAge: SESSION_MAX_AGE_SECONDS });
    revalidatePath('/', 'layout');
    return { ok: true, message: `Sekarang bertindak sebagai ${post.nama}.` };
  },
);

export async function signOutAction(): Promise<void> {
  // A `__Host-` cookie's deletion must carry Secure and Path=/ too, or the browser ignores it.
  (await cookies()).set(activePostCookieName(), '', { ...hostCookieAttributes(), maxAge: 0 });
  await signOut({ redirectTo: '/masuk' });
}
