// The one place a naskah number is formatted from its OPD's template, e.g.
// "{klasifikasi}/{nomor}/{unit}/{tahun}" -> "000.1.2.3/0157/DISKOMINFO/2026" (Permendagri 83/2022).

export const TOKENS = ['klasifikasi', 'nomor', 'unit', 'tahun', 'bulan', 'bulan_romawi', 'jenis'] as const;
export type Token = (typeof TOKENS)[number];

export interface NomorTokens {
  klasifikasi: string;
  /** The sequence number; zero-padded to `panjangNomor` digits. */
  nomor: number;
  /** Kode unit, usually the OPD's singkatan. */
  unit: string;
  tahun: number;
  /** 1..12. */
  bulan: number;
  /** Short code of the jenis naskah, e.g. "ND", "SE". */
  jenis: string;
}

const ROMAWI = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

export function bulanRomawi(bulan: number): string {
  const r = ROMAWI[bulan - 1];
  if (!r) throw new RangeError(`bulan ${bulan} di luar 1..12`);
  return r;
}

const TOKEN_PATTERN = /\{([^{}]*)\}/g;

export type TemplateCheck = { ok: true } | { ok: false; message: string };

/** A template must use known tokens only, contain {nomor} exactly once and have balanced braces. */
export function checkTemplate(template: string): TemplateCheck {
  if (!template.trim()) return { ok: false, message: 'Template nomor wajib diisi.' };
  if (template.length > 120) return { ok: false, message: 'Template nomor paling panjang 120 karakter.' };
  const tokens = [...template.matchAll(TOKEN_PATTERN)].map((m) => m[1]!);
  const unknown = tokens.find((t) => !(TOKENS as readonly string[]).includes(t));
  if (unknown !== undefined) return { ok: false, message: `Token {${unknown}} tidak dikenal. Token yang tersedia: ${TOKENS.map((t) => `{${t}}`).join(', ')}.` };
  if (/[{}]/.test(template.replace(TOKEN_PATTERN, ''))) return { ok: false, message: 'Kurung kurawal dalam template tidak berpasangan.' };
  const nomorCount = tokens.filter((t) => t === 'nomor').length;
  if (nomorCount !== 1) return { ok: false, message: 'Template harus memuat {nomor} tepat satu kali.' };
  return { ok: true };
}

/**
 * What a number may be written with: letters, digits, spaces, the separators numbers use
 * ("B-157/DISKOMINFO/000.1.2.3/IV/2026", "NOMOR 23 TAHUN 2026", "Kep.12/...") and the tokens' braces.
 * "<", ">" and quotes were accepted and printed on the letter. Checked when a template is saved, not
 * in formatNomor: a template saved before this rule still numbers its letters.
 */
const TEMPLATE_CHARACTER = /[\p{L}\p{N} /.\-_,():{}]/u;

export function checkTemplateCharacters(template: string): TemplateCheck {
  const foreign = [...new Set([...template].filter((c) => !TEMPLATE_CHARACTER.test(c)))];
  if (foreign.length === 0) return { ok: true };
  const named = foreign.map((c) => (/\s/.test(c) ? 'spasi khusus/tab' : `“${c}”`)).join(', ');
  return { ok: false, message: `Template nomor tidak boleh memuat ${named}. Gunakan huruf, angka, spasi, tanda / . - _ , ( ) : dan token seperti {nomor}.` };
}

/** Formats a number; throws on an invalid template (templates are checked when saved). */
export function formatNomor(template: string, tokens: NomorTokens, panjangNomor = 4): string {
  const check = checkTemplate(template);
  if (!check.ok) throw new Error(check.message);
  if (!Number.isInteger(tokens.nomor) || tokens.nomor < 1) throw new RangeError('nomor urut harus bilangan bulat positif');
  const values: Record<Token, string> = {
    klasifikasi: tokens.klasifikasi,
    nomor: String(tokens.nomor).padStart(panjangNomor, '0'),
    unit: tokens.unit,
    tahun: String(tokens.tahun),
    bulan: String(tokens.bulan).padStart(2, '0'),
    bulan_romawi: bulanRomawi(tokens.bulan),
    jenis: tokens.jenis,
  };
  return template.replace(TOKEN_PATTERN, (_, name: Token) => values[name]);
}

export const DEFAULT_TEMPLATE = '{klasifikasi}/{nomor}/{unit}/{tahun}';
