// PdfSigner over the BSSN esign-client-service (BSrE). Every signing call checks the certificate
// status first (only ISSUE may sign), never retries (a wrong passphrase repeated can lock the
// certificate), and turns every failure into a SigningError. The passphrase goes into the request
// body and nowhere else: not into logs, errors or return values. BSrE returns PAdES B-T; our side
// then adds the DSS (validation data fetched from the addresses in the certificates) and, with
// BSRE_TSA_URL, a document time-stamp: B-LTA.
import { derPrefix, extendToLt, extendToLta } from '../pades/extend-lta';
import { remoteLtv, signerCertificateOf } from '../pades/remote-ltv';
import { signatureContents } from '../pades/signature-contents';
import { RemotePkiError } from '../pki/remote-pki';
import { SIGNER_STATUSES, SigningError, type PdfSigner, type SignPdfInput, type SignPdfResult, type SignerStatus } from '../types';
import { readBsreConfig, type BsreConfig } from './config';
import { errorFromFailure, errorFromResponse } from './errors';
import { assertMaySign } from './status';

type Fetch = typeof fetch;
type DocumentInput = Omit<SignPdfInput, 'nik' | 'passphrase'>;
interface Credentials {
  nik: string;
  passphrase: string;
}

const NIK_PATTERN = /^\d{16}$/;
const PDF_MAGIC = '%PDF-';

const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

function assertNik(nik: string): void {
  if (!NIK_PATTERN.test(nik)) throw new SigningError('NOT_REGISTERED', 'NIK harus 16 digit');
}

function assertPdf(bytes: Uint8Array, what: string): Uint8Array {
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') !== PDF_MAGIC) {
    throw new SigningError('UNKNOWN', `${what} bukan PDF`);
  }
  return bytes;
}

function parseStatus(body: unknown): SignerStatus {
  const status = body && typeof body === 'object' ? (body as { status?: unknown }).status : undefined;
  if (typeof status === 'string' && (SIGNER_STATUSES as readonly string[]).includes(status)) return status as SignerStatus;
  throw new SigningError('UNKNOWN', `status sertifikat tidak dikenal dari BSrE: ${JSON.stringify(status ?? null).slice(0, 40)}`);
}

export class BsreSigner implements PdfSigner {
  readonly backend = 'bsre' as const;
  readonly credentialKind: PdfSigner['credentialKind'];
  private readonly config: BsreConfig;
  private readonly fetchImpl: Fetch;

  constructor(config: BsreConfig = readBsreConfig(), fetchImpl: Fetch = fetch) {
    this.config = config;
    this.fetchImpl = fetchImpl;
    this.credentialKind = config.auth ?? 'passphrase';
  }

  /** v2 `/api/v2/sign/get/totp`: BSrE sends the signer (e-mail or the BeSign app) a code for `documents` files. */
  async requestTotp(nik: string, documents: number): Promise<void> {
    assertNik(nik);
    if (this.config.apiVersion !== 'v2') throw new SigningError('UNKNOWN', 'TOTP hanya tersedia pada BSrE v2');
    await this.send('/api/v2/sign/get/totp', this.jsonInit({ nik, data: documents }), this.config.statusTimeoutMs, []);
  }

  async checkStatus(nik: string): Promise<SignerStatus> {
    assertNik(nik);
    const response =
      this.config.apiVersion === 'v1'
        ? await this.send(`/api/user/status/${nik}`, { method: 'GET' }, this.config.statusTimeoutMs, [])
        : await this.send('/api/v2/user/check/status', this.jsonInit({ nik }), this.config.statusTimeoutMs, []);
    return parseStatus(await this.readJson(response, []));
  }

  async signPdf(input: SignPdfInput): Promise<SignPdfResult> {
    const { nik, passphrase, ...document } = input;
    const [result] = await this.signPdfBatch([document], { nik, passphrase });
    return result;
  }

  async signPdfBatch(inputs: DocumentInput[], credentials: Credentials): Promise<SignPdfResult[]> {
    if (inputs.length === 0) return [];
    assertMaySign(await this.checkStatus(credentials.nik));
    let signed: SignPdfResult[];
    if (this.config.apiVersion === 'v1') {
      // v1 has no bulk endpoint; one request per document, stopping at the first failure. A failure
      // carries the id_dokumen of every document BSrE accepted, for reconciliation.
      signed = [];
      const ids: Record<number, string> = {};
      for (const [index, input] of inputs.entries()) {
        try {
          signed.push(await this.signV1(input, credentials, (id) => (ids[index] = id)));
        } catch (error) {
          if (error instanceof SigningError) error.backendDocumentIds = { ...ids, ...error.backendDocumentIds };
          throw error;
        }
      }
    } else {
      signed = await this.signV2(inputs, credentials);
    }
    const extended: SignPdfResult[] = [];
    for (const result of signed) extended.push({ ...result, ...(await this.extend(result.pdf)) });
    return extended;
  }

  /** BSrE's B-T output to B-LTA (B-LT without a TSA configured), with the certificate BSrE signed it with. */
  private async extend(pdf: Uint8Array): Promise<Pick<SignPdfResult, 'pdf' | 'signerCertificate'>> {
    const ltv = remoteLtv({ tsaUrl: this.config.tsaUrl, fetch: this.fetchImpl, timeoutMs: this.config.statusTimeoutMs });
    try {
      const signerCertificate = signerCertificateOf(derPrefix(signatureContents(pdf)));
      return { pdf: this.config.tsaUrl ? await extendToLta(pdf, ltv) : await extendToLt(pdf, ltv), signerCertificate };
    } catch (error) {
      // The document is signed, but not verifiable in the long term: refused, and worth retrying.
      const detail = `data validasi jangka panjang: ${error instanceof Error ? error.message : String(error)}`;
      throw new SigningError(error instanceof RemotePkiError ? 'UNAVAILABLE' : 'UNKNOWN', detail);
    }
  }

  /** v1's download of a signed document by id_dokumen; BSrE answers it once, then 404 (code 4044). */
  async fetchSigned(backendDocumentId: string): Promise<SignPdfResult> {
    if (this.config.apiVersion !== 'v1') throw new SigningError('UNKNOWN', 'BSrE v2 tidak menyediakan unduhan dokumen');
    if (!/^[A-Za-z0-9-]{1,100}$/.test(backendDocumentId)) throw new SigningError('UNKNOWN', 'id_dokumen tidak valid');
    const response = await this.send(`/api/sign/download/${backendDocumentId}`, { method: 'GET' }, this.config.signTimeoutMs, []);
    const pdf = assertPdf(await this.readBytes(response), 'Unduhan BSrE');
    return { ...(await this.extend(pdf)), signedAt: new Date(), backendDocumentId };
  }

  private async signV1(input: DocumentInput, credentials: Credentials, accepted: (idDokumen: string) => void): Promise<SignPdfResult> {
    const form = new FormData();
    form.set('file', new Blob([Buffer.from(input.pdf)], { type: 'application/pdf' }), 'dokumen.pdf');
    form.set('nik', credentials.nik);
    form.set('passphrase', credentials.passphrase);
    const appearance = input.appearance;
    if (appearance) {
      form.set('tampilan', 'visible');
      form.set('page', String(appearance.page));
      form.set('xAxis', String(appearance.x));
      form.set('yAxis', String(appearance.y));
      form.set('width', String(appearance.width));
      form.set('height', String(appearance.height));
      if (appearance.imagePng) {
        form.set('image', 'true');
        form.set('imageTTD', new Blob([Buffer.from(appearance.imagePng)], { type: 'image/png' }), 'ttd.png');
      } else {
        form.set('image', 'false');
      }
    } else {
      form.set('tampilan', 'invisible');
    }
    if (input.reason) form.set('reason', input.reason);
    if (input.location) form.set('location', input.location);

    const secrets = [credentials.passphrase];
    const response = await this.send('/api/sign/pdf', { method: 'POST', body: form }, this.config.signTimeoutMs, secrets);
    // The headers came: BSrE accepted the document, whatever happens to the body.
    const idDokumen = response.headers.get('id_dokumen') ?? undefined;
    if (idDokumen) accepted(idDokumen);
    const pdf = assertPdf(await this.readBytes(response), 'Jawaban BSrE');
    return { pdf, signedAt: new Date(), backendDocumentId: idDokumen };
  }

  /** One request per distinct set of signature properties (v2 applies one set to every file sent). */
  private async signV2(inputs: DocumentInput[], credentials: Credentials): Promise<SignPdfResult[]> {
    const groups = new Map<string, { properties: Record<string, unknown>; indexes: number[] }>();
    inputs.forEach((input, index) => {
      const properties = v2Properties(input);
      const key = JSON.stringify(properties);
      const group = groups.get(key) ?? { properties, indexes: [] };
      group.indexes.push(index);
      groups.set(key, group);
    });
    const results: SignPdfResult[] = new Array(inputs.length);
    const secrets = [credentials.passphrase];
    for (const { properties, indexes } of groups.values()) {
      const body = {
        nik: credentials.nik,
        // With BSRE_AUTH=totp the signer typed the one-time code BSrE sent them, not the passphrase.
        ...(this.credentialKind === 'totp' ? { totp: credentials.passphrase } : { passphrase: credentials.passphrase }),
        signatureProperties: [properties],
        file: indexes.map((i) => toBase64(inputs[i].pdf)),
      };
      const response = await this.send('/api/v2/sign/pdf', this.jsonInit(body), this.config.signTimeoutMs, secrets);
      const json = await this.readJson(response, secrets);
      const files = json && typeof json === 'object' ? (json as { file?: unknown }).file : undefined;
      if (!Array.isArray(files) || files.length !== indexes.length || !files.every((f) => typeof f === 'string')) {
        throw new SigningError('UNKNOWN', `BSrE v2 mengembalikan ${Array.isArray(files) ? files.length : 0} berkas untuk ${indexes.length} dokumen`);
      }
      const signedAt = new Date();
      indexes.forEach((inputIndex, k) => {
        results[inputIndex] = { pdf: assertPdf(new Uint8Array(Buffer.from(files[k] as string, 'base64')), 'Jawaban BSrE'), signedAt };
      });
    }
    return results;
  }

  private jsonInit(body: unknown): RequestInit {
    return { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  }

  /** One HTTP exchange with Basic auth and a deadline; non-2xx answers become SigningErrors. */
  private async send(path: string, init: RequestInit, timeoutMs: number, secrets: readonly string[]): Promise<Response> {
    const authorization = `Basic ${Buffer.from(`${this.config.user}:${this.config.password}`).toString('base64')}`;
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.config.url}${path}`, {
        ...init,
        headers: { ...(init.headers as Record<string, string> | undefined), authorization, accept: 'application/json, application/pdf' },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw errorFromFailure(error);
    }
    if (!response.ok) {
      const text = await response.text().catch(() => '');
      throw errorFromResponse(response.status, text, secrets);
    }
    return response;
  }

  private async readBytes(response: Response): Promise<Uint8Array> {
    try {
      return new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      throw errorFromFailure(error);
    }
  }

  private async readJson(response: Response, secrets: readonly string[]): Promise<unknown> {
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw errorFromFailure(error);
    }
    try {
      return JSON.parse(text);
    } catch {
      throw errorFromResponse(response.status, `jawaban bukan JSON: ${text}`, secrets);
    }
  }
}

function v2Properties(input: DocumentInput): Record<string, unknown> {
  const a = input.appearance;
  const base: Record<string, unknown> = a
    ? {
        tampilan: 'VISIBLE',
        page: a.page,
        originX: a.x,
        originY: a.y,
        width: a.width,
        height: a.height,
        ...(a.imagePng ? { imageBase64: toBase64(a.imagePng) } : {}),
      }
    : { tampilan: 'INVISIBLE' };
  if (input.reason) base.reason = input.reason;
  if (input.location) base.location = input.location;
  return base;
}
