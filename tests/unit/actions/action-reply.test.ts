import { describe, expect, it } from 'vitest';
import { isReadableActionBody, isReadableReply } from '@/lib/actions/action-reply';

// Bodies as React's encodeReply writes them, and the hand-made ones that made Next answer 500
// against this app's built server (checked with curl before the proxy refused them).
describe('server action bodies React can decode', () => {
  it('accepts argument lists with values written in place', () => {
    for (const root of ['[]', '["$K1"]', '[null,"$K1"]', '[{"a":"$$dollar","b":"$u","c":"$D2026-11-30T00:00:00.000Z","d":"$n12","e":"$-0","f":"$NaN","g":"$Infinity"}]', '["teks biasa",1,true]', '[{"a":"$undefined","b":"$n-5"}]']) {
      expect(isReadableReply(root), root).toBe(true);
    }
  });

  it('refuses what is not an argument list, nests too deep, or refers to a part that is not there', () => {
    const deep = '['.repeat(40) + ']'.repeat(40);
    for (const root of ['bukan json', '{"a":', '{}', '"x"', '1', 'null', '', deep, '["$@99"]', '["$Q1"]', '["$1"]', '[{"then":"$h2"}]', '["$B0"]', '["$Z"]', '["$"]', '["$nabc"]', `["$n${'9'.repeat(301)}"]`]) {
      expect(isReadableReply(root), root.slice(0, 30)).toBe(false);
    }
  });

  it('accepts a reference to a part the multipart body holds (ids are hex, parts are named in decimal)', () => {
    expect(isReadableReply('["$@a"]', new Map([['10', '{"x":1}']]))).toBe(true);
    expect(isReadableReply('["$@a"]', new Map([['a', '{"x":1}']]))).toBe(false);
    // The same model twice is fine (React dedupes objects so); a Map's entries and a file where a Blob is meant.
    expect(isReadableReply('["$1","$1:a"]', new Map([['1', '{"a":[1]}']]))).toBe(true);
    expect(isReadableReply('["$Q1","$W2"]', new Map([['1', '[["k",1]]'], ['2', '[1,2]']]))).toBe(true);
    expect(isReadableReply('["$B1"]', new Map([['1', new File(['x'], 'a.pdf')]]))).toBe(true);
  });

  // Each of these was a 500 from the built server (Next: "Invalid forward reference.", "Server Action
  // arguments list is too long", React: "Invalid Map initializer." and "Already initialized Map.").
  it('refuses parts that refer to each other in a cycle, a Map over what is not a list or used twice, and too many arguments', () => {
    const cases: [string, [string, FormDataEntryValue][]][] = [
      ['["$1"]', [['1', '["$0"]']]],
      ['["$Q1"]', [['1', '[["$Q1",1]]']]],
      ['["$1"]', [['1', '["$2"]'], ['2', '{"a":"$1"}']]],
      ['["$Q1"]', [['1', '{"a":1}']]],
      ['["$Q1","$Q1"]', [['1', '[]']]],
      ['["$1","$W1"]', [['1', '[]']]],
      ['["$1"]', [['1', 'bukan json']]],
      ['["$B1"]', [['1', 'teks, bukan berkas']]],
      ['["$Q1"]', [['1', new File(['[]'], 'a.json')]]],
      ['["$h1"]', [['1', '{"id":"7f","bound":null}']]],
      ['["$F1"]', [['1', '{"id":"7f","bound":null}']]],
      ['["$R1"]', [['1', 'x']]],
      ['["$1:__proto__:constructor"]', [['1', '{}']]],
      ['["$1:constructor:prototype"]', [['1', '{}']]],
    ];
    for (const [root, parts] of cases) expect(isReadableReply(root, new Map(parts)), `${root} ${JSON.stringify(parts.map(([k, v]) => [k, String(v)]))}`).toBe(false);
    expect(isReadableReply(JSON.stringify(Array(1001).fill(0)))).toBe(false);
    expect(isReadableReply(JSON.stringify(Array(1000).fill(0)))).toBe(true);
    expect(isReadableReply(JSON.stringify([Array(100_001).fill(0)]))).toBe(false);
    // Depth counts across parts: a chain of parts nests as deep as one part would.
    const chain = new Map(Array.from({ length: 40 }, (_, i) => [String(i + 1), `["$${(i + 2).toString(16)}"]`]));
    chain.set('41', '[]');
    expect(isReadableReply('["$1"]', chain)).toBe(false);
  });

  it('reads text and multipart bodies from the request, leaving it readable for Next', async () => {
    const post = (body: BodyInit, type?: string) => new Request('http://127.0.0.1/x', { method: 'POST', body, headers: type ? { 'content-type': type } : {} });
    const text = post('[1]', 'text/plain;charset=UTF-8');
    expect(await isReadableActionBody(text)).toBe(true);
    expect(await text.text()).toBe('[1]');
    expect(await isReadableActionBody(post('bukan json', 'text/plain;charset=UTF-8'))).toBe(false);
    const form = new FormData();
    form.set('0', '[null,"$K1"]');
    form.set('1_perihal', 'Undangan');
    expect(await isReadableActionBody(post(form))).toBe(true);
    const noRoot = new FormData();
    noRoot.set('1_perihal', 'Undangan');
    expect(await isReadableActionBody(post(noRoot))).toBe(false);
    const cycle = new FormData();
    cycle.set('0', '["$1"]');
    cycle.set('1', '["$0"]');
    expect(await isReadableActionBody(post(cycle))).toBe(false);
    // A multipart body cut short: no closing boundary.
    expect(await isReadableActionBody(post('--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\n[]', 'multipart/form-data; boundary=xyz'))).toBe(false);
  });
});
