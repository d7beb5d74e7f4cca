// Turns whatever the BSrE service (or the network) answered into a SigningError with a clear
// Indonesian message. Nothing built here may carry the passphrase: BSrE error texts are scrubbed of
// every secret before they become a detail, and raw causes (which may hold request bodies) are dropped.
import { SigningError, type SigningErrorCode } from '../types';

/** HTTP 401: this application's Basic credentials are wrong. The admin must fix it, not the signer. */
export class BsreConfigError extends SigningError {
  constructor(detail: string) {
    super('UNKNOWN', detail);
    this.name = 'BsreConfigError';
  }
  override get userMessage(): string {
    return 'Layanan tanda tangan elektronik menolak kredensial aplikasi (konfigurasi BSrE salah). Ini bukan kesalahan Anda; hubungi admin sistem.';
  }
}

interface BsreErrorBody {
  text: string;
  statusCode: number | null;
}

function parseErrorBody(body: string): BsreErrorBody {
  try {
    const json: unknown = JSON.parse(body);
    if (json && typeof json === 'object') {
      const o = json as Record<string, unknown>;
      const text = [o.error, o.message, o.description].find((v): v is string => typeof v === 'string') ?? body;
      const statusCode = typeof o.status_code === 'number' ? o.status_code : Number(o.status_code) || null;
      return { text, statusCode };
    }
  } catch {
    // Not JSON (an HTML error page, iText's plain text): the text itself is the message.
  }
  return { text: body, statusCode: null };
}

/** Ordered: the first rule that matches wins. BSrE's numeric codes first, then its message texts. */
const RULES: { code: SigningErrorCode; statusCode?: number; text?: RegExp }[] = [
  { code: 'WRONG_PASSPHRASE', statusCode: 2031 },
  { code: 'NOT_REGISTERED', statusCode: 2011 },
  { code: 'WRONG_PASSPHRASE', text: /passphrase\s+(anda\s+)?salah|wrong passphrase|invalid passphrase/i },
  { code: 'WRONG_TOTP', text: /totp\s+(anda\s+)?(salah|tidak valid|kedaluwarsa|expired)|invalid totp/i },
  { code: 'NOT_REGISTERED', text: /tidak terdaftar|not[ _]registered|\b2011\b/i },
  { code: 'PDF_REJECTED', text: /InvalidPdfException|PDF header|not a (valid )?pdf|bukan (file|dokumen) pdf|itext.*(pdf|xref|trailer)/i },
  { code: 'CERT_EXPIRED', text: /sertifikat.*(expired|kedaluwarsa|kadaluarsa)/i },
  { code: 'CERT_REVOKED', text: /sertifikat.*(revoke|dicabut)/i },
  { code: 'CERT_SUSPENDED', text: /sertifikat.*(suspend|dibekukan)/i },
  { code: 'NO_CERTIFICATE', text: /no[ _]certificate|belum memiliki sertifikat/i },
];

const MAX_DETAIL = 200;

/** Removes every secret (and anything after a "passphrase" key) from a text meant for logs or errors. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret) out = out.split(secret).join('***');
  }
  out = out.replace(/("?passphrase"?\s*[:=]\s*)("[^"]*"|[^\s,&}]+)/gi, '$1***');
  return out.length > MAX_DETAIL ? `${out.slice(0, MAX_DETAIL)}…` : out;
}

/** The error for a non-success HTTP answer from BSrE. */
export function errorFromResponse(httpStatus: number, body: string, secrets: readonly string[]): SigningError {
  if (httpStatus === 401 || httpStatus === 403) {
    return new BsreConfigError(`BSrE HTTP ${httpStatus}: periksa BSRE_USER dan BSRE_PASSWORD`);
  }
  const parsed = parseErrorBody(body);
  const detail = `BSrE HTTP ${httpStatus}: ${scrubSecrets(parsed.text.trim(), secrets)}`;
  const rule = RULES.find((r) => (r.statusCode !== undefined ? r.statusCode === parsed.statusCode : r.text!.test(parsed.text)));
  if (rule) return new SigningError(rule.code, detail);
  if (httpStatus === 502 || httpStatus === 503 || httpStatus === 504) return new SigningError('UNAVAILABLE', detail);
  return new SigningError('UNKNOWN', detail);
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'EPIPE', 'UND_ERR_SOCKET']);

function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The error for a request that got no HTTP answer (refused, reset, timed out). */
export function errorFromFailure(error: unknown): SigningError {
  if (error instanceof SigningError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') return new SigningError('TIMEOUT', 'BSrE tidak menjawab dalam batas waktu');
  const code = causeCode(error);
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return new SigningError('TIMEOUT', `BSrE: ${code}`);
  }
  if (code && NETWORK_CODES.has(code)) return new SigningError('UNAVAILABLE', `BSrE: ${code}`);
  if (name === 'TypeError' && error instanceof Error && error.message === 'fetch failed') {
    return new SigningError('UNAVAILABLE', `BSrE: ${code ?? 'fetch failed'}`);
  }
  return new SigningError('UNKNOWN', `BSrE: ${name || 'error'}`);
}
