import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formDataToObject } from '@/lib/actions/form-data';

// Prototype pollution through form field names (the "__proto__" key of CVE-2019-10744 and its kin):
// a server action's FormData comes from whoever posts it.
describe('formDataToObject', () => {
  it('keeps a field named __proto__ as a field and the object\'s prototype untouched', () => {
    const form = new FormData();
    form.append('__proto__', 'a');
    form.append('__proto__', 'b');
    form.append('constructor', 'c');
    form.append('perihal', 'Undangan');
    const value = formDataToObject(form);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value).sort()).toEqual(['__proto__', 'constructor', 'perihal']);
    expect((value as { length?: number }).length).toBeUndefined();
    expect(({} as { length?: number }).length).toBeUndefined();
  });

  it('a file posted as __proto__ does not become the prototype, so a schema reading "name" parses calmly', () => {
    const form = new FormData();
    form.append('__proto__', new Blob(['%PDF-1.7']), 'surat.pdf');
    const value = formDataToObject(form);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    // With the file as prototype, reading "name" threw "Cannot read private member" past safeParse.
    const parsed = z.object({ name: z.string().optional(), size: z.number().optional() }).safeParse(value);
    expect(parsed.success && parsed.data).toEqual({});
  });

  it('leaves out Next\'s own $ACTION fields and turns repeated keys into arrays', () => {
    const form = new FormData();
    form.append('$ACTION_ID_abc', '');
    form.append('tembusan', 'x');
    form.append('tembusan', 'y');
    expect(formDataToObject(form)).toEqual({ tembusan: ['x', 'y'] });
  });
});

describe('formDataToObject with what a hand-made action call passes instead of a form', () => {
  it('reads a number, nothing or an object as an empty form (the schema then refuses it in Indonesian)', () => {
    for (const value of [2, undefined, null, 'x', { perihal: 'a' }, []]) expect(formDataToObject(value)).toEqual({});
  });
});
