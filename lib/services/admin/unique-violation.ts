import { DomainError } from '@/lib/domain/errors';

/** A unique-constraint failure from PostgreSQL (a race past the pre-check) as a field message. */
export function rethrowUniqueViolation(error: unknown, field: string, message: string): never {
  if (typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002') {
    throw new DomainError(message, { [field]: [message] });
  }
  throw error;
}
