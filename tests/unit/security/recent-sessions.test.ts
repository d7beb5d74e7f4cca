import { describe, expect, it } from 'vitest';
import { createSessionMemo } from '@/lib/auth/recent-sessions';

function counting<S>(value: (n: number) => S) {
  let calls = 0;
  return { decode: async () => value(++calls), calls: () => calls };
}

const cookie = (value: string, name = 'authjs.session-token') => [{ name: 'eoffice_jabatan', value: 'x' }, { name, value }];

describe('createSessionMemo', () => {
  it('decodes one cookie once within a few seconds and again after', async () => {
    const d = counting((n) => ({ user: { id: `p${n}` } }));
    const memo = createSessionMemo(d.decode);
    expect(await memo(cookie('a'), 1_000)).toEqual({ user: { id: 'p1' } });
    expect(await memo(cookie('a'), 5_999)).toEqual({ user: { id: 'p1' } });
    expect(d.calls()).toBe(1);
    expect(await memo(cookie('a'), 6_000)).toEqual({ user: { id: 'p2' } });
  });

  it('keys by the session cookie only: another token is decoded, other cookies do not matter', async () => {
    const d = counting((n) => n);
    const memo = createSessionMemo(d.decode);
    await memo(cookie('a'), 0);
    await memo([{ name: 'authjs.session-token', value: 'a' }, { name: 'eoffice_jabatan', value: 'other' }], 1);
    expect(d.calls()).toBe(1);
    expect(await memo(cookie('b'), 2)).toBe(2);
    expect(await memo(cookie('a', '__Secure-authjs.session-token'), 3)).toBe(3);
  });

  it('keys a chunked cookie by all its chunks', async () => {
    const d = counting((n) => n);
    const memo = createSessionMemo(d.decode);
    const chunks = (second: string) => [{ name: 'authjs.session-token.1', value: second }, { name: 'authjs.session-token.0', value: 'head' }];
    await memo(chunks('tail'), 0);
    expect(await memo(chunks('tail'), 1)).toBe(1);
    expect(await memo(chunks('other'), 2)).toBe(2);
  });

  it('does not remember a request without a session cookie, nor a failed decode', async () => {
    let calls = 0;
    const memo = createSessionMemo(async () => {
      calls++;
      if (calls === 3) throw new Error('bad');
      return calls;
    });
    await memo([{ name: 'eoffice_jabatan', value: 'x' }], 0);
    await memo([], 1);
    expect(calls).toBe(2);
    await expect(memo(cookie('z'), 2)).rejects.toThrow('bad');
    expect(await memo(cookie('z'), 3)).toBe(4);
  });
});
