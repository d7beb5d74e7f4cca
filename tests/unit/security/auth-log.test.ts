import { CallbackRouteError, CredentialsSignin, InvalidCallbackUrl, JWTSessionError, MissingCSRF, MissingSecret } from '@auth/core/errors';
import { describe, expect, it } from 'vitest';
import { createAuthLog } from '@/lib/auth/auth-log';

function logAt() {
  const lines: string[] = [];
  let clock = 0;
  const log = createAuthLog((line) => lines.push(line), () => clock);
  return { lines, log, at: (ms: number) => (clock = ms) };
}

describe('the Auth.js log', () => {
  it('says nothing of a wrong password', () => {
    const { lines, log } = logAt();
    class Refused extends CredentialsSignin {}
    log.error(new Refused());
    log.error(new CredentialsSignin());
    expect(lines).toEqual([]);
  });

  it('writes a scan of client-caused refusals as one line per kind per minute, with the count', () => {
    const { lines, log, at } = logAt();
    for (let i = 0; i < 5000; i++) log.error(new MissingCSRF('CSRF token was missing during an action signin'));
    for (let i = 0; i < 300; i++) log.error(new InvalidCallbackUrl('Invalid callback URL. Received: %E0%A4%A'));
    expect(lines).toEqual(['[auth] permintaan ditolak: MissingCSRF', '[auth] permintaan ditolak: InvalidCallbackUrl']);
    at(61_000);
    log.error(new MissingCSRF('again'));
    expect(lines.at(-1)).toBe('[auth] permintaan ditolak: MissingCSRF (4999 lagi dalam menit sebelumnya)');
    log.error(new JWTSessionError('decryption failed'));
    expect(lines.at(-1)).toBe('[auth] permintaan ditolak: JWTSessionError');
  });

  it('writes every error of the server itself, with what authorize() threw', () => {
    const { lines, log } = logAt();
    log.error(new MissingSecret('Please define a `secret`'));
    log.error(new MissingSecret('Please define a `secret`'));
    log.error(new CallbackRouteError('Read more', { cause: { err: new Error("Can't reach database server at 10.0.0.5:5432") } }));
    expect(lines).toEqual([
      expect.stringMatching(/^\[auth\] MissingSecret: Please define a `secret`/),
      expect.stringMatching(/^\[auth\] MissingSecret: Please define a `secret`/),
      expect.stringMatching(/^\[auth\] CallbackRouteError: .*\(Error: Can't reach database server at 10\.0\.0\.5:5432\)$/),
    ]);
  });
});
