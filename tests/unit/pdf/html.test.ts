import { describe, expect, it } from 'vitest';
import { parseRichHtml } from '@/lib/pdf/layout/html';
import { plainText, type RichBlock } from '@/lib/pdf/layout/rich-text';

const para = (b: RichBlock) => {
  if (b.type !== 'paragraph') throw new Error(`expected paragraph, got ${b.type}`);
  return b.runs;
};

describe('parseRichHtml', () => {
  it('keeps bold, italic and underline runs inside a paragraph', () => {
    const [p] = parseRichHtml('<p>Yth. <strong>Kepala <em>Dinas</em></strong> dan <u>Sekretaris</u></p>');
    expect(para(p)).toEqual([
      { text: 'Yth. ' },
      { text: 'Kepala ', bold: true },
      { text: 'Dinas', bold: true, italic: true },
      { text: ' dan ' },
      { text: 'Sekretaris', underline: true },
    ]);
  });

  it('decodes entities and collapses whitespace; <br> is a line break', () => {
    const [p] = parseRichHtml('<p>  A &amp; B&nbsp;&lt;C&gt; &quot;x&quot; &#8211; &eacute;\n\n  baris<br>  kedua  </p>');
    expect(para(p).map((r) => r.text).join('')).toBe('A & B <C> "x" – é baris\nkedua');
  });

  it('drops script, style and active content with their text, and ignores on* attributes', () => {
    const blocks = parseRichHtml(
      '<p onclick="alert(1)" style="color:red">Aman</p><script>alert("x")</script><style>p{}</style>' +
        '<iframe src="https://evil">frame</iframe><img src=x onerror="alert(1)"><svg><text>svg</text></svg>' +
        '<p><a href="javascript:alert(1)">tautan</a></p><textarea>ta</textarea>',
    );
    expect(plainText(blocks)).toBe('Aman\ntautan');
    expect(JSON.stringify(blocks)).not.toMatch(/alert|onclick|javascript|evil|svg|frame/);
  });

  it('treats unknown tags as transparent and survives unclosed markup', () => {
    expect(plainText(parseRichHtml('<p><blink>Kedip</blink> <font color=red>merah</font>'))).toBe('Kedip merah');
    expect(plainText(parseRichHtml('<p>satu<p>dua<ol><li>x<li>y'))).toBe('satu\ndua\nx\ny');
    expect(parseRichHtml('')).toEqual([]);
    expect(parseRichHtml('<p>   </p><p>&nbsp;</p>')).toEqual([]);
  });

  it('parses ordered lists with type 1 or a, nested lists and bullets', () => {
    const [list] = parseRichHtml('<ol type="a"><li>satu<ol><li>dalam</li></ol></li><li>dua</li></ol><ul><li>titik</li></ul>');
    expect(list.type).toBe('list');
    if (list.type !== 'list') return;
    expect(list.style).toBe('a');
    expect(list.items).toHaveLength(2);
    const nested = list.items[0][1];
    expect(nested).toMatchObject({ type: 'list', style: null });
    const [, bullets] = parseRichHtml('<ol><li>x</li></ol><ul><li>titik</li></ul>');
    expect(bullets).toMatchObject({ type: 'list', style: 'bullet' });
  });

  it('parses tables with header rows and pads short rows', () => {
    const [t] = parseRichHtml('<table><thead><tr><th>No</th><th>Nama</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>');
    expect(t.type).toBe('table');
    if (t.type !== 'table') return;
    expect(t.rows.map((r) => r.header)).toEqual([true, false]);
    expect(t.rows[1].cells).toHaveLength(2);
    expect(para(t.rows[0].cells[1][0])).toEqual([{ text: 'Nama', bold: true }]);
  });

  it('strips invisible and bidi-override characters', () => {
    expect(plainText(parseRichHtml('<p>Ra\u202Ehasia\u200B\u0007</p>'))).toBe('Rahasia');
  });

  it('stays bounded on deeply nested input', () => {
    const deep = '<ol><li>'.repeat(5000) + 'dasar' + '</li></ol>'.repeat(5000);
    const t0 = performance.now();
    expect(plainText(parseRichHtml(deep))).toContain('dasar');
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
