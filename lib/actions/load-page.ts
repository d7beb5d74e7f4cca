import 'server-only';
import { ForbiddenError, NotFoundError } from '@/lib/domain/errors';

export type PageData<T> = { ok: true; data: T } | { ok: false; message: string };

/** Runs a page's read service; a permission or scope refusal becomes a message the page shows. */
export async function loadPage<T>(read: () => Promise<T>): Promise<PageData<T>> {
  try {
    return { ok: true, data: await read() };
  } catch (error) {
    if (error instanceof ForbiddenError || error instanceof NotFoundError) return { ok: false, message: error.message };
    throw error;
  }
}
