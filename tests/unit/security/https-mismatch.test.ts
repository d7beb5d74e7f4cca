import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

/** A fresh copy of the module (its warned-once flag), with console.warn recorded. */
async function fresh() {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const mod = await import('@/lib/security/https-mismatch');
  return { ...mod, warn };
}

describe('warnIfHttpsMismatch', () => {
  it('warns once, in Indonesian, when requests come through https and AUTH_URL is not https', async () => {
    const { warnIfHttpsMismatch, HTTPS_MISMATCH_WARNING, warn } = await fresh();
    warnIfHttpsMismatch('https', false);
    warnIfHttpsMismatch('https', false);
    warnIfHttpsMismatch('HTTPS, http', false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(HTTPS_MISMATCH_WARNING);
    expect(HTTPS_MISMATCH_WARNING).toMatch(/AUTH_URL/);
  });

  it('the first hop counts (the proxy nearest the person), in any case', async () => {
    const { warnIfHttpsMismatch, warn } = await fresh();
    warnIfHttpsMismatch(' HTTPS , http', false);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('is silent for plain http, no header, or an https AUTH_URL', async () => {
    const { warnIfHttpsMismatch, warn } = await fresh();
    warnIfHttpsMismatch(null, false);
    warnIfHttpsMismatch('http', false);
    warnIfHttpsMismatch('http, https', false);
    warnIfHttpsMismatch('https', true);
    expect(warn).not.toHaveBeenCalled();
  });
});
