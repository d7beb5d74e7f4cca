import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  calendarDay,
  FORBIDDEN_CHARACTER_MESSAGE,
  hasForbiddenCharacters,
  INVALID_DATE_MESSAGE,
  isCalendarDay,
  jsonDepth,
  multiLine,
  optionalCalendarDay,
  singleLine,
} from '@/lib/domain/input/fields';
import { parseQuery } from '@/lib/domain/input/query';

// Hostile text from published incidents: NUL (PostgreSQL refuses it in text and jsonb with a
// server error), CR LF injection (CWE-93), an ANSI escape for log forging (CWE-117), C1 NEL, and
// the bidirectional overrides of "Trojan Source" (CVE-2021-42574).
const HOSTILE = {
  nul: 'a\u0000b',
  crlf: 'Bappenas\r\nSet-Cookie: x=1',
  ansi: 'nama\u001b[31mmerah',
  bell: 'bunyi\u0007',
  del: 'hapus\u007f',
  nel: 'baris\u0085baru',
  rlo: 'surat\u202egnp.exe',
  isolate: 'a\u2066b\u2069',
};

describe('single-line text', () => {
  const field = singleLine(100);
  it.each(Object.entries(HOSTILE))('refuses %s with the Indonesian message', (_name, value) => {
    const parsed = field.safeParse(value);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toContain(FORBIDDEN_CHARACTER_MESSAGE);
  });

  it('accepts ordinary Indonesian text, accents and emoji, trimmed', () => {
    expect(field.parse('  Dinas Komunikasi dan Informatika  ')).toBe('Dinas Komunikasi dan Informatika');
    expect(field.parse('Pérez – Ā ✓ 😀')).toBe('Pérez – Ā ✓ 😀');
  });

  // Unicode TR #36 / #39 spoofing: what renders as nothing, in a name or subject others read.
  it.each([
    ['zero-width space', 'Budi\u200bSantoso'],
    ['zero-width joiner', 'Budi\u200dSantoso'],
    ['right-to-left mark', 'Surat\u200f 001'],
    ['arabic letter mark', 'Surat\u061c001'],
    ['word joiner', 'Budi\u2060Santoso'],
    ['byte order mark inside', 'Budi\ufeffSantoso'],
    ['soft hyphen', 'Bu\u00addi'],
    ['hangul filler (a blank-looking name)', '\u3164\u3164'],
    ['braille blank', '\u2800\u2800\u2800'],
    ['line separator', 'baris\u2028baru'],
  ])('refuses a %s with the Indonesian message', (_name, value) => {
    expect(field.safeParse(value).error?.issues.map((i) => i.message)).toContain(FORBIDDEN_CHARACTER_MESSAGE);
  });

  it('refuses a tab (a single line has no use for one)', () => {
    expect(field.safeParse('a\tb').success).toBe(false);
  });

  it('keeps its length limit with an Indonesian message', () => {
    expect(singleLine(5).safeParse('123456').error?.issues[0].message).toBe('Paling panjang 5 karakter.');
  });

  it('answers a non-string in Indonesian, and a missing value as missing', () => {
    expect(field.safeParse(42).error?.issues[0].message).toBe('Isian ini harus berupa teks.');
    expect(field.safeParse(['a']).error?.issues[0].message).toBe('Isian ini harus berupa teks.');
    expect(field.safeParse(undefined).error?.issues[0].message).toBe('Isian ini wajib diisi.');
    expect(multiLine(10).safeParse(undefined).error?.issues[0].message).toBe('Isian ini wajib diisi.');
  });
});

describe('multi-line text', () => {
  const field = multiLine(1000);
  it('allows line breaks (LF and the CR LF a textarea sends) and tabs', () => {
    expect(field.parse('Mohon segera\r\ndilaksanakan.\n\tTerima kasih')).toBe('Mohon segera\r\ndilaksanakan.\n\tTerima kasih');
  });

  it.each(['nul', 'ansi', 'bell', 'del', 'nel', 'rlo', 'isolate'] as const)('still refuses %s', (name) => {
    expect(field.safeParse(HOSTILE[name]).error?.issues[0].message).toBe(FORBIDDEN_CHARACTER_MESSAGE);
  });
});

describe('hasForbiddenCharacters', () => {
  it('tells single-line from multi-line', () => {
    expect(hasForbiddenCharacters('a\nb')).toBe(true);
    expect(hasForbiddenCharacters('a\nb', { multiLine: true })).toBe(false);
    expect(hasForbiddenCharacters('a\u000bb', { multiLine: true })).toBe(true);
  });
});

describe('calendar days', () => {
  it.each([
    ['2026-11-30', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2026-13-45', false],
    ['2026-02-30', false],
    ['2026-02-29', false],
    ['1900-02-29', false],
    ['2026-04-31', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['0000-01-01', false],
    ['2026-1-5', false],
    ['2026-11-30T00:00:00Z', false],
    ['2026-11-30\u0000', false],
  ])('%s is a calendar day: %s', (value, ok) => {
    expect(isCalendarDay(value)).toBe(ok);
    const parsed = calendarDay().safeParse(value);
    expect(parsed.success).toBe(ok);
    if (!ok) expect(parsed.error?.issues[0].message).toBe(INVALID_DATE_MESSAGE);
  });

  it('optional days: empty is null, impossible is refused', () => {
    expect(optionalCalendarDay().parse('')).toBeNull();
    expect(optionalCalendarDay().parse(undefined)).toBeNull();
    expect(optionalCalendarDay().safeParse('2026-02-30').error?.issues[0].message).toBe(INVALID_DATE_MESSAGE);
  });
});

describe('jsonDepth', () => {
  it('counts nesting without recursion, even 100,000 levels deep', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(jsonDepth(deep, 64)).toBe(65);
    expect(jsonDepth({ a: [{ b: 1 }] }, 64)).toBe(3);
    expect(jsonDepth('teks', 64)).toBe(0);
  });
});

describe('parseQuery', () => {
  const schema = z.object({ q: singleLine(100).optional(), dari: calendarDay().optional() });

  it('drops a refused filter and names it in a notice, keeping the rest', () => {
    const { data, notice } = parseQuery(schema, { q: HOSTILE.nul, dari: '2026-11-01' });
    expect(data).toEqual({ dari: '2026-11-01' });
    expect(notice).toBe(`Saringan diabaikan: ${FORBIDDEN_CHARACTER_MESSAGE}`);
  });

  it('names every refusal once', () => {
    const { data, notice } = parseQuery(schema, { q: HOSTILE.nul, dari: '2026-13-45' });
    expect(data).toEqual({});
    expect(notice).toBe(`Saringan diabaikan: ${FORBIDDEN_CHARACTER_MESSAGE} ${INVALID_DATE_MESSAGE}`);
  });

  it('reads the first of repeated keys and gives no notice for good input', () => {
    expect(parseQuery(schema, { q: ['satu', 'dua'] })).toEqual({ data: { q: 'satu' }, notice: null });
  });
});
