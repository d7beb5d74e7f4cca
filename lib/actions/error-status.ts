// The one table from what a request or a service threw to the HTTP status and the Indonesian
// message the person sees (documenso's AppError code table, dub's withWorkspace): every route
// handler (defineRoute) and every page loader (loadPage) answers the same refusal the same way.
import { DomainError, ForbiddenError, NotFoundError, ServerSibukError } from '@/lib/domain/errors';
import { TooManyAttemptsError } from '@/lib/domain/too-many-attempts';

export const GENERIC_SERVER_MESSAGE = 'Terjadi kesalahan di server. Coba lagi beberapa saat lagi.';
export const INVALID_REQUEST_MESSAGE = 'Permintaan tidak valid. Periksa kembali isian Anda.';
export const NOT_FOUND_MESSAGE = 'Data tidak ditemukan atau Anda tidak berwenang membukanya.';
export const SIGN_IN_REQUIRED_MESSAGE = 'Sesi Anda berakhir. Silakan masuk kembali.';
export const INVALID_BODY_MESSAGE = 'Isi permintaan tidak dikenali.';
export const FOREIGN_ORIGIN_MESSAGE = 'Permintaan dari situs lain ditolak. Buka aplikasi ini langsung lalu coba lagi.';

/** A refusal at the edge, before any service runs: bad input, no session, a foreign origin. */
export class RequestError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 413,
    message: string,
    readonly fieldErrors?: Record<string, string[] | undefined>,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

export interface ErrorAnswer {
  status: number;
  message: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** Unexpected: log it (its name only; messages may carry input). */
  unexpected?: true;
  /** A refusal for load or a rate limit: when to come back (the Retry-After header of a route). */
  retryAfterSeconds?: number;
}

// Prisma's error codes that mean "this input names nothing" or "this input is malformed", should
// one slip past the schemas: P2023 malformed id, P2025 record missing, P2000 value too long,
// P2002 unique clash. Matched by name so this table does not import the generated client.
const PRISMA_CODE_STATUS: Record<string, number> = { P2000: 400, P2002: 409, P2023: 404, P2025: 404 };
const PRISMA_CODE_MESSAGE: Record<number, string> = {
  400: INVALID_REQUEST_MESSAGE,
  404: NOT_FOUND_MESSAGE,
  409: 'Data yang sama sudah ada.',
};

function prismaAnswer(error: Error): ErrorAnswer | null {
  if (error.name === 'PrismaClientValidationError') return { status: 400, message: INVALID_REQUEST_MESSAGE };
  const code = (error as { code?: unknown }).code;
  if (error.name === 'PrismaClientKnownRequestError' && typeof code === 'string' && code in PRISMA_CODE_STATUS) {
    const status = PRISMA_CODE_STATUS[code];
    return { status, message: PRISMA_CODE_MESSAGE[status] };
  }
  return null;
}

/** The message for a refusal that came as a bare status (from a library's own answer). */
export function messageForStatus(status: number): string {
  if (status === 401) return SIGN_IN_REQUIRED_MESSAGE;
  if (status === 403) return FOREIGN_ORIGIN_MESSAGE;
  if (status === 404) return NOT_FOUND_MESSAGE;
  return status >= 500 ? GENERIC_SERVER_MESSAGE : INVALID_REQUEST_MESSAGE;
}

/** Status and message for anything thrown while answering a request. */
export function errorToAnswer(error: unknown): ErrorAnswer {
  if (error instanceof RequestError) return { status: error.status, message: error.message, fieldErrors: error.fieldErrors };
  if (error instanceof NotFoundError) return { status: 404, message: error.message };
  // A refusal answers like "not found" (its message says either), so probing ids tells nothing.
  if (error instanceof ForbiddenError) return { status: 404, message: error.message };
  if (error instanceof TooManyAttemptsError) return { status: 429, message: error.message, retryAfterSeconds: Math.max(1, Math.ceil(error.retryAfterMs / 1000)) };
  if (error instanceof ServerSibukError) return { status: 503, message: error.message, retryAfterSeconds: error.retryAfterSeconds };
  if (error instanceof DomainError) return { status: 422, message: error.message, fieldErrors: error.fieldErrors };
  if (error instanceof Error) {
    const prisma = prismaAnswer(error);
    if (prisma) return prisma;
  }
  return { status: 500, message: GENERIC_SERVER_MESSAGE, unexpected: true };
}
