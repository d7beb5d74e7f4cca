// uuidArray writes ids as ARRAY[$1::uuid, ...], one parameter each, not one array parameter: the
// length in the text is what lets a prepared statement's generic plan be costed for that many ids
// (an array parameter is guessed at ten; the letter head was then planned afresh on every run).
import { describe, expect, it } from 'vitest';
import { uuidArray } from '@/lib/authz/scope-sql';

const A = '01a23640-d9a0-725b-ac4b-4a99dbe1605c';
const B = '01a23640-d9a2-727b-ae61-85af91f8252a';

describe('uuidArray', () => {
  it('writes one uuid parameter per id inside ARRAY[...]', () => {
    const sql = uuidArray([A, B]);
    expect(sql.text).toBe('ARRAY[$1::uuid,$2::uuid]');
    expect(sql.values).toEqual([A, B]);
  });

  it('writes no id as the nil uuid, so ANY and && match nothing rather than fail on an empty ARRAY[]', () => {
    const sql = uuidArray([]);
    expect(sql.text).toBe('ARRAY[$1::uuid]');
    expect(sql.values).toEqual(['00000000-0000-0000-0000-000000000000']);
  });

  it('never writes an id into the text', () => {
    expect(uuidArray([A]).text).not.toContain(A);
  });
});
