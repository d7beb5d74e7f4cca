import { describe, expect, it } from 'vitest';
import { limitLiteral, PREPARED_MARK, statementNameGenerator } from '@/lib/db/statement-name';

describe('statementNameGenerator', () => {
  const name = statementNameGenerator(undefined)!;

  it('names a marked text by its digest: the same text the same name, another text another', () => {
    const a = name({ sql: `${PREPARED_MARK} SELECT 1 WHERE $1` });
    expect(a).toMatch(/^s[A-Za-z0-9_-]{27}$/);
    expect(name({ sql: `${PREPARED_MARK} SELECT 1 WHERE $1` })).toBe(a);
    expect(name({ sql: `${PREPARED_MARK} SELECT 2 WHERE $1` })).not.toBe(a);
  });

  it('leaves every other statement unnamed (planned for each run), the mark anywhere but first too', () => {
    expect(name({ sql: 'SELECT "id" FROM "Naskah" WHERE "id" = $1 LIMIT $2' })).toBe('');
    expect(name({ sql: `SELECT 1 ${PREPARED_MARK}` })).toBe('');
  });

  it('names nothing when switched off for a transaction-mode pooler', () => {
    expect(statementNameGenerator('off')).toBeUndefined();
    for (const off of ['OFF', ' false ', '0', 'no']) expect(statementNameGenerator(off)).toBeUndefined();
    for (const on of ['on', '', 'true', '1']) expect(statementNameGenerator(on)).toBeTypeOf('function');
  });
});

describe('limitLiteral', () => {
  it('writes a positive integer into the text, as no parameter', () => {
    const sql = limitLiteral(50);
    expect(sql.text).toBe('LIMIT 50');
    expect(sql.values).toEqual([]);
  });

  it('refuses anything else rather than write it into SQL', () => {
    for (const take of [0, -1, 1.5, Number.NaN, Infinity, 2 ** 53]) expect(() => limitLiteral(take), String(take)).toThrow(RangeError);
    expect(() => limitLiteral('1; DROP TABLE "Naskah"' as unknown as number)).toThrow(RangeError);
  });
});
