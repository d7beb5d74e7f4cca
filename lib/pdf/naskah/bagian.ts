// Parts shared by the naskah layouts: titles, "Label : value" header rows with aligned colons,
// the Yth. block, numbered points, the rich-text body and Tembusan.
import { akhiriDenganTitik } from '@/lib/domain/kalimat';
import { keepTogether, spacer, type Slice } from '../layout/flow';
import { parseRichHtml } from '../layout/html';
import type { Typesetter } from '../layout/typesetter';
import type { PageGeometry } from './page';
import type { NaskahPdfInput, PenerimaPdf } from './types';

export interface NaskahLayout {
  ts: Typesetter;
  geo: PageGeometry;
  input: NaskahPdfInput;
  /** The number as printed: the real one (FINAL) or the placeholder (DRAFT). */
  nomor: string;
  /** The date as printed: "7 Desember 2026" or the placeholder. */
  tanggal: string;
  signature(opts?: { pembuka?: string[]; garisPembuka?: boolean }): Slice;
}

export const upper = (s: string) => s.toLocaleUpperCase('id-ID');

/** One line of vertical space in the body size. */
export const baris = (ctx: NaskahLayout, n = 1, keepWithNext = false) => spacer(ctx.ts.lineHeight() * n, keepWithNext);

/** Centered bold title lines (kept with what follows). The first may be underlined (SURAT TUGAS). */
export function judul(ctx: NaskahLayout, lines: string[], opts: { size?: number; underlineFirst?: boolean; bold?: boolean } = {}): Slice[] {
  const { ts, geo } = ctx;
  return lines.flatMap((text, i) => {
    const style = { bold: opts.bold ?? true, underline: i === 0 && opts.underlineFirst };
    const size = i === 0 ? opts.size : undefined;
    const width = ts.balancedWidth([{ text, ...style }], geo.width, size);
    const x = geo.left + (geo.width - width) / 2;
    return ts.text(text, x, width, { align: 'center', ...style, size }).map((s) => ({ ...s, keepWithNext: true }));
  });
}

export type FieldValue = string | ((x: number, width: number) => Slice[]);

/** "Nomor : ...", "Sifat : ..." rows with the colons in one column. */
export function fieldRows(ctx: NaskahLayout, rows: [string, FieldValue][], opts: { x?: number; width?: number; keep?: boolean } = {}): Slice[] {
  const { ts, geo } = ctx;
  const x = opts.x ?? geo.left;
  const width = opts.width ?? geo.right - x;
  const labelWidth = ts.labelColumn(rows.map(([l]) => l));
  const slices = rows.flatMap(([label, value]) =>
    ts.labeled(label, labelWidth, typeof value === 'string' ? (vx, vw) => ts.text(value || '-', vx, vw) : value, x, width),
  );
  return opts.keep ? keepTogether(slices) : slices;
}

/** Plain-text points numbered "1." / lettered "a."; a single point has no number. */
export function points(ctx: NaskahLayout, items: string[], style: '1' | 'a', x: number, width: number): Slice[] {
  const { ts } = ctx;
  if (items.length === 1) return ts.text(items[0], x, width, { align: 'justify' });
  return ts.markedItems(
    items.map((_, i) => (style === 'a' ? `${String.fromCharCode(97 + (i % 26))}.` : `${i + 1}.`)),
    items.map((t) => (ix: number, w: number) => ts.text(t, ix, w, { align: 'justify' })),
    x,
    width,
  );
}

/** The names of penerima as one value: a single name, or a numbered list. */
export function penerimaValue(ctx: NaskahLayout, penerima: PenerimaPdf[]): FieldValue {
  if (penerima.length <= 1) return penerima[0]?.nama ?? '-';
  return (x, width) => points(ctx, penerima.map((p) => p.nama), '1', x, width);
}

/** "Yth. <addressee>" / "di" / "<address or Tempat>" (surat dinas, undangan, edaran). */
export function ythBlock(ctx: NaskahLayout): Slice[] {
  const { ts, geo, input } = ctx;
  if (!input.tujuan.length) return [];
  const x = geo.left;
  const width = geo.signatureX - x + geo.width * 0.2;
  const names = ts.labeled('Yth.', ts.width('Yth.'), (vx, vw) => {
    const v = penerimaValue(ctx, input.tujuan);
    return typeof v === 'string' ? ts.text(v, vx, vw) : v(vx, vw);
  }, x, width, { colon: false });
  const alamat = input.tujuan.length === 1 && input.tujuan[0].alamat ? input.tujuan[0].alamat : 'Tempat';
  return keepTogether([
    ...names,
    ...ts.text('di', x, width),
    ...ts.text(alamat, x + ts.size * 1.5, width - ts.size * 1.5),
  ]);
}

/** The body from sanitized HTML, justified. */
export function isi(ctx: NaskahLayout, html: string, x = ctx.geo.left, width = ctx.geo.width): Slice[] {
  return ctx.ts.blocks(parseRichHtml(html), x, width);
}

/** "Tembusan:" and the numbered list, bottom left after the signature. */
export function tembusanBlock(ctx: NaskahLayout): Slice[] {
  const { ts, geo, input } = ctx;
  if (!input.tembusan.length) return [];
  const names = input.tembusan.map((t, i, all) => (i < all.length - 1 ? `${t.nama};` : akhiriDenganTitik(t.nama)));
  const list = names.length === 1 ? ts.text(names[0], geo.left, geo.width * 0.6) : points(ctx, names, '1', geo.left, geo.width * 0.6);
  return [baris(ctx), ...ts.text('Tembusan:', geo.left, geo.width, { keepWithNext: true }), ...list];
}

/** Body, then the signature kept with the body's last lines, then Tembusan. */
export function penutup(ctx: NaskahLayout, body: Slice[], sig: { pembuka?: string[]; garisPembuka?: boolean }, withTembusan = true): Slice[] {
  const last = body.length - 1;
  const kept = body.map((s, i) => (i === last ? { ...s, keepWithNext: true } : s));
  return [...kept, baris(ctx, 1, true), ctx.signature(sig), ...(withTembusan ? tembusanBlock(ctx) : [])];
}
