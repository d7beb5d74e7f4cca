// Errors a person can act on. Services throw these; the action wrapper turns them into a form
// state with the (Indonesian) message. Anything else is logged and shown as a generic message.
export class DomainError extends Error {
  readonly fieldErrors?: Record<string, string[]>;
  constructor(message: string, fieldErrors?: Record<string, string[]>) {
    super(message);
    this.name = 'DomainError';
    this.fieldErrors = fieldErrors;
  }
}

/** The actor may not do this, or the record is outside their scope. Same message either way so
 * guessing ids tells nothing. */
export class ForbiddenError extends DomainError {
  constructor(message = 'Anda tidak berwenang atau data tidak ditemukan.') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

export class NotFoundError extends DomainError {
  constructor(message = 'Data tidak ditemukan atau Anda tidak berwenang membukanya.') {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** The server is at capacity for this kind of work (HTTP 503): nothing is wrong with the request; try again shortly. */
export class ServerSibukError extends DomainError {
  constructor(
    message: string,
    /** Sent as Retry-After. */
    readonly retryAfterSeconds = 5,
  ) {
    super(message);
    this.name = 'ServerSibukError';
  }
}
