import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { headers } from 'next/headers';
import { createAuthLog } from './auth-log';
import { authCookies } from './cookie-names';
import { signInSchema } from '@/lib/domain/auth/sign-in-schema';
import { SESSION_MAX_AGE_SECONDS } from '@/lib/domain/auth/session';
import { requestOrigin } from '@/lib/security/client-address';
import { signOut as endSignedInSession } from '@/lib/services/auth/sign-out';
import { verifyCredentials } from '@/lib/services/auth/verify-credentials';

export { SESSION_MAX_AGE_SECONDS };

declare module 'next-auth' {
  interface User {
    /** The Sesi row this sign-in opened. */
    sesiId?: string;
  }
  interface Session {
    sesiId?: string;
  }
}

/** Carries our reason ("refused", "limited:<ms>", "inactive") to the sign-in action. */
class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

// The cookie is a JWT naming the person (sub) and their Sesi row (sid); every request checks the
// row (lib/actions/current-actor.ts), so a session can be ended on the server before the cookie expires.
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  // `__Host-` names over https (cookie-names.ts): a sibling subdomain cannot plant a session here.
  cookies: authCookies(),
  // Auth.js' own error page is English and answers 500; its errors land on the sign-in page instead.
  // Its sign-out confirmation page is English too: GET /api/auth/signout leads to our /keluar.
  pages: { signIn: '/masuk', error: '/masuk', signOut: '/keluar' },
  // Auth.js logs every refused request as an error with a stack: client-caused ones are counted (auth-log.ts).
  logger: createAuthLog(),
  providers: [
    Credentials({
      credentials: { identifier: {}, password: {} },
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new SignInRefused('refused');
        const result = await verifyCredentials({ ...parsed.data, request: requestOrigin(await headers()) });
        if (result.ok) return { id: result.pegawaiId, sesiId: result.sesiId };
        throw new SignInRefused(result.reason === 'limited' ? `limited:${result.retryAfterMs}` : result.reason);
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      if (user?.sesiId) token.sid = user.sesiId;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.sid === 'string') session.sesiId = token.sid;
      return session;
    },
  },
  events: {
    // Runs for the sign-out action and for Auth.js' own sign-out endpoint alike.
    async signOut(message) {
      const token = 'token' in message ? message.token : null;
      if (typeof token?.sub !== 'string' || typeof token.sid !== 'string') return;
      await endSignedInSession({ pegawaiId: token.sub, sesiId: token.sid, request: requestOrigin(await headers()) });
    },
  },
});
