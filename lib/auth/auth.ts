import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { headers } from 'next/headers';
import { signInSchema } from '@/lib/domain/auth/sign-in-schema';
import { verifyCredentials } from '@/lib/services/auth/verify-credentials';

/** Carries our reason ("invalid", "locked:12", "inactive") to the sign-in action. */
class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/masuk' },
  // Auth.js logs every refused sign-in as an error with a stack; a wrong password is not an error.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === 'CredentialsSignin') return;
      console.error('[auth]', error.name, error.message);
    },
  },
  providers: [
    Credentials({
      credentials: { identifier: {}, password: {} },
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new SignInRefused('invalid');
        const h = await headers();
        const result = await verifyCredentials({
          ...parsed.data,
          request: { ip: h.get('x-forwarded-for')?.split(',')[0]?.trim() ?? null, userAgent: h.get('user-agent') },
        });
        if (!result.ok) throw new SignInRefused(result.reason === 'locked' ? `locked:${result.minutes}` : result.reason);
        return { id: result.pegawaiId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
