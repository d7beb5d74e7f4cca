// Signs in through Auth.js' own credentials endpoint, as the sign-in page does, and returns the
// Cookie header of the session (the load generator sends it with every request).
function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(';')[0]);
}

export async function signIn(baseUrl: string, identifier: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrf.ok) throw new Error(`GET /api/auth/csrf: HTTP ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ identifier, password, csrfToken, callbackUrl: `${baseUrl}/` }),
  });
  const session = cookiesOf(res).find((c) => /^(__Secure-|__Host-)?authjs\.session-token=/.test(c));
  if (!session) throw new Error(`sign-in as ${identifier} refused (HTTP ${res.status}, ${res.headers.get('location') ?? 'no redirect'})`);
  return session;
}
