import { describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/generated/prisma/client';
import { errorToAnswer, GENERIC_SERVER_MESSAGE, INVALID_REQUEST_MESSAGE, NOT_FOUND_MESSAGE, RequestError } from '@/lib/actions/error-status';
import { DomainError, ForbiddenError, NotFoundError } from '@/lib/domain/errors';

const known = (code: string) => new Prisma.PrismaClientKnownRequestError('driver message with input', { code, clientVersion: '7' });

describe('errorToAnswer: one table from what was thrown to status and message', () => {
  it.each([
    ['a refusal at the edge keeps its status', new RequestError(403, 'Ditolak.'), 403, 'Ditolak.'],
    ['NotFoundError', new NotFoundError('Surat tidak ditemukan.'), 404, 'Surat tidak ditemukan.'],
    ['ForbiddenError answers like not found', new ForbiddenError(), 404, 'Anda tidak berwenang atau data tidak ditemukan.'],
    ['another DomainError', new DomainError('Naskah sudah ditandatangani.'), 422, 'Naskah sudah ditandatangani.'],
    ['Prisma P2023 (malformed id)', known('P2023'), 404, NOT_FOUND_MESSAGE],
    ['Prisma P2025 (record missing)', known('P2025'), 404, NOT_FOUND_MESSAGE],
    ['Prisma P2000 (value too long)', known('P2000'), 400, INVALID_REQUEST_MESSAGE],
    ['Prisma P2002 (unique clash)', known('P2002'), 409, 'Data yang sama sudah ada.'],
    ['Prisma validation (e.g. an Invalid Date)', new Prisma.PrismaClientValidationError('Invalid value for argument', { clientVersion: '7' }), 400, INVALID_REQUEST_MESSAGE],
  ])('%s', (_name, error, status, message) => {
    const answer = errorToAnswer(error);
    expect(answer).toMatchObject({ status, message });
    expect(answer.unexpected).toBeUndefined();
  });

  it('keeps field errors of a DomainError and of a RequestError', () => {
    expect(errorToAnswer(new DomainError('Periksa.', { perihal: ['Isi hal.'] })).fieldErrors).toEqual({ perihal: ['Isi hal.'] });
    expect(errorToAnswer(new RequestError(400, 'Periksa.', { q: ['x'] })).fieldErrors).toEqual({ q: ['x'] });
  });

  it('anything else is an unexpected 500 with a generic message that shows nothing of the error', () => {
    for (const error of [new Error('connection refused at 10.0.0.5'), known('P1001'), 'a string', null]) {
      expect(errorToAnswer(error)).toEqual({ status: 500, message: GENERIC_SERVER_MESSAGE, unexpected: true });
    }
  });
});
