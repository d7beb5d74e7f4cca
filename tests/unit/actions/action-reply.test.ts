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
    expect(isReadableReply('["$@a"]', new Set(['0', '10']))).toBe(true);
    expect(isReadableReply('["$@a"]', new Set(['0', 'a']))).toBe(false);
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
    // A multipart body cut short: no closing boundary.
    expect(await isReadableActionBody(post('--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\n[]', 'multipart/form-data; boundary=xyz'))).toBe(false);
  });
});
