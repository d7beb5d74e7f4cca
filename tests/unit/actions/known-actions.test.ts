import { describe, expect, it } from 'vitest';
import { actionIdsOf, formActionIds, isUnknownActionId } from '@/lib/actions/known-actions';

const KNOWN = '40' + 'a1'.repeat(20);
const STALE = '40' + 'b2'.repeat(20);
// The shape Next 16 writes to .next/server/server-reference-manifest.json.
const MANIFEST = JSON.stringify({ node: { [KNOWN]: { workers: { 'app/(app)/page': { moduleId: 1, async: false } }, layer: { 'app/(app)/page': 'action-browser' } } }, edge: {}, encryptionKey: 'k' });

describe('known server action ids', () => {
  it('reads the ids of a build from its manifest, and nothing from something else', () => {
    expect(actionIdsOf(MANIFEST)).toEqual(new Set([KNOWN]));
    expect(actionIdsOf('{')).toBeNull();
    expect(actionIdsOf('[]')).toBeNull();
    expect(actionIdsOf('null')).toBeNull();
  });

  it('refuses a malformed id always, and a well-formed one the build does not know', () => {
    const known = actionIdsOf(MANIFEST);
    expect(isUnknownActionId(KNOWN, known)).toBe(false);
    expect(isUnknownActionId(STALE, known)).toBe(true);
    expect(isUnknownActionId(STALE, null)).toBe(false);
    for (const id of ['', 'abc', KNOWN.toUpperCase(), `${KNOWN}0`, 'toString', '__proto__', `${KNOWN.slice(0, 41)}\u0000`]) expect(isUnknownActionId(id, known), id).toBe(true);
  });

  it('finds the ids an old-style form post names, bound or not', () => {
    const form = new FormData();
    form.set(`$ACTION_ID_${KNOWN}`, '');
    form.set('$ACTION_REF_2', '');
    form.set('$ACTION_2:0', JSON.stringify({ id: STALE, bound: '$@1' }));
    form.set('$ACTION_REF_3', '');
    form.set('$ACTION_3:0', 'bukan json');
    form.set('perihal', 'Undangan rapat');
    expect(formActionIds(form)).toEqual([KNOWN, STALE, '']);
  });
});
