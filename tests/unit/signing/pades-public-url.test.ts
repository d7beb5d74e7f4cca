// One source of the public base URL: links in QR codes and the mock CA's certificate addresses
// (lib/public-url), and the launch scripts that set it from the port they serve on.
import { describe, expect, it } from 'vitest';
import { publicBaseUrl } from '@/lib/public-url';
import { publicBaseUrl as reExported } from '@/lib/services/tanda-tangan/public-url';
import { servedAt } from '@/scripts/lib/launch';

describe('publicBaseUrl', () => {
  it.each([
    [{ AUTH_URL: 'https://eoffice.contoh.go.id/' }, 'https://eoffice.contoh.go.id'],
    [{ AUTH_URL: 'https://eoffice.contoh.go.id', PORT: '3200' }, 'https://eoffice.contoh.go.id'],
    [{ PORT: '3200' }, 'http://localhost:3200'],
    [{ AUTH_URL: '', PORT: '3200' }, 'http://localhost:3200'],
    [{}, 'http://localhost:3000'],
  ])('%o gives %s', (env, expected) => {
    expect(publicBaseUrl(env)).toBe(expected);
  });

  it('is the same function the signing service uses for QR links', () => {
    expect(reExported).toBe(publicBaseUrl);
  });
});

describe('servedAt (npm run demo, npm start)', () => {
  it('a demo on PORT=3200 without AUTH_URL tells the app it is reached on 3200', () => {
    expect(servedAt({ PORT: '3200' })).toEqual({ port: '3200', env: { PORT: '3200', AUTH_URL: 'http://localhost:3200' } });
  });

  it('keeps an AUTH_URL that was set (a proxy in front), and defaults to port 3000', () => {
    expect(servedAt({ PORT: '3200', AUTH_URL: 'https://eoffice.contoh.go.id' }).env.AUTH_URL).toBe('https://eoffice.contoh.go.id');
    expect(servedAt({})).toEqual({ port: '3000', env: { PORT: '3000', AUTH_URL: 'http://localhost:3000' } });
  });
});
