import { DomainError } from './errors';

/** Indonesian refusal for a rate limit, rounded up to whole minutes. */
export function tooManyAttemptsMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Terlalu banyak percobaan. Coba lagi dalam ${minutes} menit.`;
}

/** A rate limit refused the request (HTTP 429 at a route edge). */
export class TooManyAttemptsError extends DomainError {
  readonly retryAfterMs: number;
  constructor(retryAfterMs: number) {
    super(tooManyAttemptsMessage(retryAfterMs));
    this.name = 'TooManyAttemptsError';
    this.retryAfterMs = retryAfterMs;
  }
}
