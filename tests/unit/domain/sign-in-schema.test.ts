import { describe, expect, it } from 'vitest';
import { signInSchema } from '@/lib/domain/auth/sign-in-schema';

function firstIdentifierError(identifier: string): string | undefined {
  const r = signInSchema.safeParse({ identifier, password: 'x' });
  return r.success ? undefined : r.error.issues.find((i) => i.path[0] === 'identifier')?.message;
}

describe('signInSchema', () => {
  it('accepts a NIP with spaces as printed and normalises it', () => {
    const r = signInSchema.parse({ identifier: '19900315 201503 1 002', password: 'rahasia' });
    expect(r.identifier).toBe('199003152015031002');
  });

  it('reads full-width digits and look-alike letters (NFKC) as the plain NIP and address', () => {
    expect(signInSchema.parse({ identifier: '１９９００３１５２０１５０３１００２', password: 'x' }).identifier).toBe('199003152015031002');
    // U+212A KELVIN SIGN lower-cases to "k": the same account, so the same rate-limit key.
    expect(signInSchema.parse({ identifier: '\u212Aepala@kominfo.go.id', password: 'x' }).identifier).toBe('kepala@kominfo.go.id');
  });

  it.each([
    ['199003152015031002\u0000', 'NIP (18 angka) atau alamat e-mail'],
    ['kepala@kominfo.go.id\r\nBcc: x@y.id', 'NIP (18 angka) atau alamat e-mail'],
    ['ke\u0301pala@kominfo.go.id', 'NIP (18 angka) atau alamat e-mail'],
    ['\u202ekepala@kominfo.go.id', 'NIP (18 angka) atau alamat e-mail'],
  ])('refuses the control and combining characters in %j with the Indonesian message', (identifier, message) => {
    expect(firstIdentifierError(identifier)).toContain(message);
  });

  it('lower-cases an e-mail', () => {
    expect(signInSchema.parse({ identifier: 'Budi@Kominfo.Go.Id', password: 'x' }).identifier).toBe('budi@kominfo.go.id');
  });

  it.each([
    ['1990031520150310', 'NIP harus terdiri dari 18 angka.'],
    ['199002302015031002', 'tanggal lahir'],
    ['bukan-email', 'NIP (18 angka) atau alamat e-mail'],
    ['', 'Isi NIP atau e-mail.'],
  ])('refuses %j with an Indonesian message', (identifier, message) => {
    expect(firstIdentifierError(identifier)).toContain(message);
  });

  it('requires a password', () => {
    const r = signInSchema.safeParse({ identifier: '199003152015031002', password: '' });
    expect(r.success).toBe(false);
  });
});
