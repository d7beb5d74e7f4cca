import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, inboxFilterSchema } from '@/lib/domain/surat-masuk/inbox-query';
import { parseQuery } from '@/lib/domain/input/query';

const cursor = { g: 'u' as const, k: 'SEGERA' as const, d: '2026-11-20T01:00:00.000Z', id: '0196f3a0-0000-7000-8000-000000000001' };

describe('inbox cursor', () => {
  it('round-trips', () => {
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each([
    ['absent', undefined],
    ['not base64 JSON', 'bukan-kursor'],
    ['a wrong group', encodeCursor({ ...cursor, g: 'x' as 'u' })],
    ['a non-uuid id', encodeCursor({ ...cursor, id: "1' OR 1=1" })],
    ['an unknown urgency', encodeCursor({ ...cursor, k: 'KILAT' as 'SEGERA' })],
  ])('is null when %s', (_name, value) => {
    expect(decodeCursor(value)).toBeNull();
  });
});

describe('inboxFilterSchema', () => {
  it('reads the query string and drops what is malformed', () => {
    expect(inboxFilterSchema.parse({ belumDibaca: '1', kecepatan: 'SEGERA', keamanan: 'RAHASIA', dari: '2026-11-01', sampai: '2026-11-30', pengirim: '  Bappenas ' })).toEqual({
      belumDibaca: true,
      kecepatan: 'SEGERA',
      keamanan: 'RAHASIA',
      dari: '2026-11-01',
      sampai: '2026-11-30',
      pengirim: 'Bappenas',
    });
    expect(inboxFilterSchema.parse({ kecepatan: 'KILAT', keamanan: '', pengirim: '   ' })).toEqual({ belumDibaca: false, kecepatan: undefined, keamanan: undefined, dari: undefined, sampai: undefined, pengirim: undefined });
  });

  it('refuses a typed date or sender the input policy refuses; parseQuery drops it with a notice', () => {
    expect(inboxFilterSchema.safeParse({ dari: '2026-13-45' }).success).toBe(false);
    const { data, notice } = parseQuery(inboxFilterSchema, { pengirim: 'a\u0000b', dari: '1 Nov', sampai: '2026-11-30', kecepatan: 'SEGERA' });
    expect(data).toMatchObject({ sampai: '2026-11-30', kecepatan: 'SEGERA' });
    expect([data.pengirim, data.dari]).toEqual([undefined, undefined]);
    expect(notice).toBe('Saringan diabaikan: Tanggal tidak valid. Teks memuat karakter yang tidak diizinkan.');
  });
});
