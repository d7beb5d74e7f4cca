// A BSrE esign-client-service look-alike over plain node:http: the v1 (multipart) and v2 (JSON)
// signing and status endpoints, v1's download-once by id_dokumen, HTTP Basic auth, and error bodies
// shaped like the real service's (see shared/domain.md), so the adapter is tested against real HTTP
// exchanges.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import type { MockAppearance, MockBsreBackend, MockSignRequest } from './backend';
import { MockBsreRejection } from './backend';

export interface MockBsreServerOptions {
  backend: MockBsreBackend;
  /** Basic-auth client credentials the server accepts. */
  user: string;
  password: string;
  /** Largest request body accepted, bytes. */
  maxBodyBytes?: number;
  /**
   * v2 TOTP: where the one-time codes go (BSrE e-mails them or shows them in BeSign; the mock
   * prints them or hands them to a test), and the passphrase the fixture keys are kept under, which
   * a valid code unlocks as BSrE's server-side key store does.
   */
  totp?: { keyPassphrase: string; deliver(nik: string, code: string): void };
}

/** Codes by NIK: five minutes, good for as many documents as asked for (a batch may take several requests). */
function totpCodes() {
  const codes = new Map<string, { code: string; documents: number; expires: number }>();
  return {
    issue(nik: string, documents: number): string {
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      codes.set(nik, { code, documents, expires: Date.now() + 5 * 60_000 });
      return code;
    },
    redeem(nik: string, code: string, documents: number): boolean {
      const held = codes.get(nik);
      const valid = !!held && held.expires > Date.now() && documents <= held.documents && held.code.length === code.length && timingSafeEqual(Buffer.from(held.code), Buffer.from(code));
      // A wrong guess spends the code too, so it cannot be guessed at leisure.
      if (!valid || held.documents === documents) codes.delete(nik);
      else held.documents -= documents;
      return valid;
    },
  };
}

const STATUS_CODES: Record<string, number> = { ISSUE: 1111, NOT_REGISTERED: 1110 };
const STATUS_MESSAGES: Record<string, string> = {
  ISSUE: 'Sertifikat aktif',
  NOT_REGISTERED: 'User tidak terdaftar',
  EXPIRED: 'Sertifikat sudah kedaluwarsa',
  REVOKE: 'Sertifikat telah dicabut',
  SUSPEND: 'Sertifikat dibekukan',
};

class HttpError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.error ?? httpStatus));
  }
}

/** The error answers of the real service, by rejection. */
export function rejectionBody(rejection: MockBsreRejection): { httpStatus: number; body: Record<string, unknown> } {
  switch (rejection.reason) {
    case 'WRONG_PASSPHRASE':
      return { httpStatus: 400, body: { error: 'Passphrase anda salah', status_code: 2031 } };
    case 'NOT_REGISTERED':
      return { httpStatus: 400, body: { error: 'Proses signing gagal : User tidak terdaftar 2011', status_code: 400 } };
    case 'NOT_ACTIVE':
      return { httpStatus: 400, body: { error: `Proses signing gagal : Sertifikat user tidak aktif (${rejection.detail})`, status_code: 400 } };
    case 'INVALID_PDF':
      return {
        httpStatus: 400,
        body: { error: `Proses signing gagal : com.itextpdf.text.exceptions.InvalidPdfException: ${rejection.detail || 'Rebuild failed'}`, status_code: 400 },
      };
  }
}

const badRequest = (error: string) => new HttpError(400, { error, status_code: 400 });

function authorized(header: string | undefined, user: string, password: string): boolean {
  if (!header?.startsWith('Basic ')) return false;
  const given = Buffer.from(header.slice(6), 'base64');
  const expected = Buffer.from(`${user}:${password}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw new HttpError(413, { error: 'Ukuran berkas terlalu besar', status_code: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const num = (value: unknown, name: string): number => {
  const n = Number(value);
  if (value === null || value === undefined || value === '' || !Number.isFinite(n)) throw badRequest(`Parameter ${name} tidak valid`);
  return n;
};

/** v1 multipart form to a signing request (exported for unit tests of the parsing). */
export async function parseV1SignForm(form: FormData): Promise<MockSignRequest> {
  const file = form.get('file');
  if (!(file instanceof Blob)) throw badRequest('File tidak ditemukan');
  const nik = String(form.get('nik') ?? '');
  const passphrase = String(form.get('passphrase') ?? '');
  if (!nik) throw badRequest('Parameter nik tidak boleh kosong');
  if (!passphrase) throw badRequest('Parameter passphrase tidak boleh kosong');
  const tampilan = String(form.get('tampilan') ?? 'invisible').toLowerCase();
  if (tampilan !== 'visible' && tampilan !== 'invisible') throw badRequest('Parameter tampilan harus visible atau invisible');
  let appearance: MockAppearance | null = null;
  if (tampilan === 'visible') {
    appearance = {
      page: num(form.get('page') ?? form.get('halaman'), 'page'),
      x: num(form.get('xAxis'), 'xAxis'),
      y: num(form.get('yAxis'), 'yAxis'),
      width: num(form.get('width'), 'width'),
      height: num(form.get('height'), 'height'),
    };
    if (String(form.get('image') ?? 'false') === 'true') {
      const image = form.get('imageTTD');
      if (!(image instanceof Blob)) throw badRequest('Parameter imageTTD tidak ditemukan');
      appearance.imagePng = new Uint8Array(await image.arrayBuffer());
    }
  }
  const text = (key: string) => (typeof form.get(key) === 'string' && form.get(key) ? String(form.get(key)) : undefined);
  return { pdf: new Uint8Array(await file.arrayBuffer()), nik, passphrase, appearance, reason: text('reason'), location: text('location') };
}

interface V2SignBody {
  nik?: unknown;
  passphrase?: unknown;
  signatureProperties?: unknown;
  file?: unknown;
}

/** v2 JSON body to one signing request per file (exported for unit tests of the parsing). */
export function parseV2SignBody(body: V2SignBody): MockSignRequest[] {
  if (typeof body.nik !== 'string' || !body.nik) throw badRequest('Parameter nik tidak boleh kosong');
  if (typeof body.passphrase !== 'string' || !body.passphrase) throw badRequest('Parameter passphrase tidak boleh kosong');
  if (!Array.isArray(body.file) || body.file.length === 0 || !body.file.every((f) => typeof f === 'string')) {
    throw badRequest('Parameter file harus berisi minimal satu dokumen base64');
  }
  const props = Array.isArray(body.signatureProperties) ? (body.signatureProperties[0] as Record<string, unknown> | undefined) : undefined;
  let appearance: MockAppearance | null = null;
  if (props && String(props.tampilan ?? 'INVISIBLE').toUpperCase() === 'VISIBLE') {
    appearance = {
      page: num(props.page, 'page'),
      x: num(props.originX, 'originX'),
      y: num(props.originY, 'originY'),
      width: num(props.width, 'width'),
      height: num(props.height, 'height'),
      ...(typeof props.imageBase64 === 'string' ? { imagePng: new Uint8Array(Buffer.from(props.imageBase64, 'base64')) } : {}),
    };
  }
  const reason = typeof props?.reason === 'string' ? props.reason : undefined;
  const location = typeof props?.location === 'string' ? props.location : undefined;
  const nik = body.nik;
  const passphrase = body.passphrase;
  return (body.file as string[]).map((b64) => ({ pdf: new Uint8Array(Buffer.from(b64, 'base64')), nik, passphrase, appearance, reason, location }));
}

function sendJson(res: ServerResponse, httpStatus: number, body: unknown): void {
  res.writeHead(httpStatus, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function signOrReject(backend: MockBsreBackend, request: MockSignRequest): Promise<Uint8Array> {
  try {
    return await backend.sign(request);
  } catch (error) {
    if (error instanceof MockBsreRejection) {
      const { httpStatus, body } = rejectionBody(error);
      throw new HttpError(httpStatus, body);
    }
    throw error;
  }
}

function statusBody(status: string) {
  return { status_code: STATUS_CODES[status] ?? 1100, status, message: STATUS_MESSAGES[status] ?? status };
}

/** Documents signed through v1, downloadable once by id_dokumen as BSrE's are (then 404, code 4044). */
function signedDocuments(limit = 500) {
  const kept = new Map<string, Uint8Array>();
  const taken = new Set<string>();
  return {
    keep(id: string, pdf: Uint8Array) {
      kept.set(id, pdf);
      if (kept.size > limit) kept.delete(kept.keys().next().value!);
    },
    takeOnce(id: string): Uint8Array {
      const pdf = kept.get(id);
      if (!pdf) {
        throw taken.has(id)
          ? new HttpError(404, { error: 'Dokumen telah didownload sebelumnya', status_code: 4044 })
          : new HttpError(404, { error: 'Dokumen tidak ditemukan', status_code: 404 });
      }
      kept.delete(id);
      taken.add(id);
      return pdf;
    },
  };
}

export function createMockBsreServer(options: MockBsreServerOptions): Server {
  const { backend, user, password } = options;
  const maxBody = options.maxBodyBytes ?? 50 * 1024 * 1024;
  const documents = signedDocuments();
  const totp = totpCodes();

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://mock-bsre');
    if (!authorized(req.headers.authorization, user, password)) {
      res.setHeader('www-authenticate', 'Basic realm="esign-client-service"');
      sendJson(res, 401, { timestamp: new Date().toISOString(), status: 401, error: 'Unauthorized', path: url.pathname });
      return;
    }
    const statusMatch = /^\/api\/user\/status\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'GET' && statusMatch) {
      sendJson(res, 200, statusBody(await backend.status(decodeURIComponent(statusMatch[1]))));
      return;
    }
    if (req.method === 'POST' && url.pathname === '/api/v2/user/check/status') {
      const body = parseJson(await readBody(req, maxBody)) as { nik?: unknown };
      if (typeof body.nik !== 'string') throw badRequest('Parameter nik tidak boleh kosong');
      sendJson(res, 200, statusBody(await backend.status(body.nik)));
      return;
    }
    if (req.method === 'POST' && url.pathname === '/api/sign/pdf') {
      const raw = await readBody(req, maxBody);
      let form: FormData;
      try {
        form = await new Request(url, { method: 'POST', headers: { 'content-type': req.headers['content-type'] ?? '' }, body: new Uint8Array(raw) }).formData();
      } catch {
        throw badRequest('Request harus multipart/form-data');
      }
      const request = await parseV1SignForm(form);
      const signed = await signOrReject(backend, request);
      const idDokumen = randomUUID().replaceAll('-', '');
      documents.keep(idDokumen, signed);
      res.writeHead(200, { 'content-type': 'application/pdf', id_dokumen: idDokumen, 'content-length': signed.length });
      const lag = backend.bodyDelayMs?.(request.nik) ?? 0;
      if (lag > 0) {
        res.flushHeaders();
        await new Promise((resolve) => setTimeout(resolve, lag).unref());
        if (res.destroyed) return;
      }
      res.end(Buffer.from(signed));
      return;
    }
    const downloadMatch = /^\/api\/sign\/download\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'GET' && downloadMatch) {
      const pdf = documents.takeOnce(decodeURIComponent(downloadMatch[1]));
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': pdf.length });
      res.end(Buffer.from(pdf));
      return;
    }
    if (req.method === 'POST' && url.pathname === '/api/v2/sign/get/totp') {
      const body = parseJson(await readBody(req, maxBody)) as { nik?: unknown; data?: unknown };
      if (!options.totp) throw badRequest('TOTP tidak diaktifkan');
      if (typeof body.nik !== 'string' || !body.nik) throw badRequest('Parameter nik tidak boleh kosong');
      const files = num(body.data, 'data');
      if ((await backend.status(body.nik)) === 'NOT_REGISTERED') throw new HttpError(400, { error: 'User tidak terdaftar 2011', status_code: 2011 });
      options.totp.deliver(body.nik, totp.issue(body.nik, files));
      sendJson(res, 200, { message: 'Kode TOTP telah dikirim', status_code: 200 });
      return;
    }
    if (req.method === 'POST' && url.pathname === '/api/v2/sign/pdf') {
      const started = Date.now();
      const raw = parseJson(await readBody(req, maxBody)) as V2SignBody & { totp?: unknown };
      if (typeof raw.totp === 'string' && raw.passphrase === undefined) {
        const files = Array.isArray(raw.file) ? raw.file.length : 0;
        if (!options.totp || typeof raw.nik !== 'string' || !totp.redeem(raw.nik, raw.totp, files)) {
          throw new HttpError(400, { error: 'Proses signing gagal : TOTP tidak valid atau kedaluwarsa', status_code: 400 });
        }
        raw.passphrase = options.totp.keyPassphrase;
      }
      const requests = parseV2SignBody(raw);
      const files: string[] = [];
      for (const request of requests) files.push(Buffer.from(await signOrReject(backend, request)).toString('base64'));
      sendJson(res, 200, { time: Date.now() - started, file: files });
      return;
    }
    sendJson(res, 404, { error: 'Not Found', status_code: 404, path: url.pathname });
  }

  return createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (res.headersSent) return res.destroy();
      if (error instanceof HttpError) return sendJson(res, error.httpStatus, error.body);
      // Never echo the request (it holds the passphrase); the error's name is enough for a mock.
      console.error('[mock-bsre]', error instanceof Error ? error.name : 'error');
      sendJson(res, 500, { error: 'Internal Server Error', status_code: 500 });
    });
  });
}

function parseJson(raw: Buffer): unknown {
  try {
    const value: unknown = JSON.parse(raw.toString('utf8'));
    if (value && typeof value === 'object') return value;
  } catch {
    // fall through
  }
  throw badRequest('Body harus JSON');
}
