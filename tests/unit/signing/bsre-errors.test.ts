import { describe, expect, it } from 'vitest';
import { inspect } from 'node:util';
import { BsreConfigError, errorFromFailure, errorFromResponse, scrubSecrets } from '@/lib/signing/bsre/errors';
import { statusToSigningErrorCode } from '@/lib/signing/bsre/status';
import { SIGNER_STATUSES, SigningError } from '@/lib/signing/types';

const PASS = 'Rahasia#Sekali99';

describe('errorFromResponse', () => {
  it.each([
    [400, '{"error":"Passphrase anda salah","status_code":2031}', 'WRONG_PASSPHRASE'],
    [400, '{"error":"Proses signing gagal : User tidak terdaftar 2011","status_code":400}', 'NOT_REGISTERED'],
    [400, '{"status_code":2011,"error":"x"}', 'NOT_REGISTERED'],
    [400, '{"error":"Proses signing gagal : com.itextpdf.text.exceptions.InvalidPdfException: PDF header signature not found.","status_code":400}', 'PDF_REJECTED'],
    [500, 'com.itextpdf.io.exceptions.InvalidPdfException: Trailer not found', 'PDF_REJECTED'],
    [400, '{"error":"Proses signing gagal : Sertifikat user tidak aktif (EXPIRED)","status_code":400}', 'CERT_EXPIRED'],
    [400, '{"error":"Sertifikat telah di-REVOKE","status_code":400}', 'CERT_REVOKED'],
    [400, '{"error":"Sertifikat SUSPEND","status_code":400}', 'CERT_SUSPENDED'],
    [503, '<html>Service Unavailable</html>', 'UNAVAILABLE'],
    [500, '{"error":"NullPointerException","status_code":500}', 'UNKNOWN'],
    [400, 'not json at all', 'UNKNOWN'],
  ])('HTTP %i %s -> %s', (status, body, code) => {
    expect(errorFromResponse(status, body, []).code).toBe(code);
  });

  it('turns HTTP 401 into a configuration error for the admin, not the signer', () => {
    const error = errorFromResponse(401, '{"error":"Unauthorized"}', []);
    expect(error).toBeInstanceOf(BsreConfigError);
    expect(error.retryable).toBe(false);
    expect(error.userMessage).toMatch(/bukan kesalahan Anda/);
    expect(error.userMessage).toMatch(/admin/);
  });

  it('never carries the passphrase, even when the service echoes it', () => {
    const body = JSON.stringify({ error: `Passphrase anda salah: ${PASS}`, status_code: 2031, passphrase: PASS });
    const error = errorFromResponse(400, body, [PASS]);
    for (const text of [error.message, error.userMessage, JSON.stringify(error), inspect(error), String(error.stack)]) {
      expect(text).not.toContain(PASS);
    }
    expect(error.code).toBe('WRONG_PASSPHRASE');
  });
});

describe('scrubSecrets', () => {
  it('removes secrets and passphrase fields and bounds the length', () => {
    expect(scrubSecrets(`a ${PASS} b`, [PASS])).toBe('a *** b');
    expect(scrubSecrets('passphrase=abc123&nik=1', [])).toBe('passphrase=***&nik=1');
    expect(scrubSecrets('"passphrase":"zz"', [])).toBe('"passphrase":***');
    expect(scrubSecrets('x'.repeat(500), []).length).toBeLessThanOrEqual(201);
  });
});

describe('errorFromFailure', () => {
  it.each([
    [new DOMException('The operation was aborted due to timeout', 'TimeoutError'), 'TIMEOUT'],
    [Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) }), 'UNAVAILABLE'],
    [Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('dns'), { code: 'ENOTFOUND' }) }), 'UNAVAILABLE'],
    [Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('t'), { code: 'UND_ERR_HEADERS_TIMEOUT' }) }), 'TIMEOUT'],
    [new RangeError('weird'), 'UNKNOWN'],
  ])('%s -> %s', (error, code) => {
    expect(errorFromFailure(error).code).toBe(code);
  });

  it('keeps a SigningError as it is', () => {
    const error = new SigningError('WRONG_PASSPHRASE');
    expect(errorFromFailure(error)).toBe(error);
  });
});

describe('statusToSigningErrorCode', () => {
  it('lets only ISSUE sign and maps every other status to a code', () => {
    const map = Object.fromEntries(SIGNER_STATUSES.map((s) => [s, statusToSigningErrorCode(s)]));
    expect(map).toEqual({
      ISSUE: null,
      EXPIRED: 'CERT_EXPIRED',
      RENEW: 'CERT_NOT_ACTIVE',
      WAITING_FOR_VERIFICATION: 'CERT_NOT_ACTIVE',
      NEW: 'CERT_NOT_ACTIVE',
      NO_CERTIFICATE: 'NO_CERTIFICATE',
      NOT_REGISTERED: 'NOT_REGISTERED',
      SUSPEND: 'CERT_SUSPENDED',
      REVOKE: 'CERT_REVOKED',
    });
  });
});
