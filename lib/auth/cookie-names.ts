import { servedOverHttps } from '@/lib/actions/security-headers';

// The names of the cookies a session rides on. Over https (AUTH_URL https) they carry the `__Host-`
// prefix: a browser takes such a cookie only from this very host, over https, with Path=/ and no
// Domain. Auth.js' own names (`__Secure-…`) allow a Domain, so a sibling subdomain (a province runs
// dozens under one go.id) or a plain-http page on one could plant a session cookie here: the
// attacker's own session, so the pejabat drafts and disposes into the attacker's account (login
// CSRF by cookie tossing), or the post they act as, or a return address Auth.js refuses. Changing
// the names signs everyone out once (Auth.js derives the session's key from its cookie's name).

/** The prefix of this deployment's cookie names: `__Host-` over https, none over plain http. */
function prefix(): string {
  return servedOverHttps() ? '__Host-' : '';
}

/** Attributes a `__Host-` cookie must carry for the browser to take it (or to take its deletion). */
export function hostCookieAttributes(): { path: '/'; secure: boolean } {
  return { path: '/', secure: servedOverHttps() };
}

/** Auth.js' `cookies` option: the session and the sign-in return address under `__Host-` names over https. */
export function authCookies() {
  if (!servedOverHttps()) return undefined;
  const options = { httpOnly: true, sameSite: 'lax' as const, ...hostCookieAttributes() };
  return {
    sessionToken: { name: `${prefix()}authjs.session-token`, options },
    callbackUrl: { name: `${prefix()}authjs.callback-url`, options },
  };
}

/** The cookie that remembers which post (own, Plt. or Plh.) the person is acting as. */
export function activePostCookieName(): string {
  return `${prefix()}eoffice_jabatan`;
}

/** Auth.js' session cookie under any of its names (plain, `__Secure-`, `__Host-`), whole or in chunks (`.0`, `.1`…). */
export const SESSION_COOKIE = /^(__Secure-|__Host-)?authjs\.session-token(\.\d+)?$/;

/** Auth.js' sign-in return-address cookie under any of its names. */
export const CALLBACK_URL_COOKIE = /^(__Secure-|__Host-)?authjs\.callback-url$/;
