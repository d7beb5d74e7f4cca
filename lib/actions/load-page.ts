import 'server-only';
import { z } from 'zod';
import { notFound, unstable_rethrow } from 'next/navigation';
import { errorToAnswer } from './error-status';

export type PageData<T> = { ok: true; data: T } | { ok: false; message: string };

/**
 * Runs a page's read service. A refusal from the shared table (not found, no permission, bad
 * input) becomes a message the page shows; only an unexpected fault reaches the error boundary.
 */
export async function loadPage<T>(read: () => Promise<T>): Promise<PageData<T>> {
  try {
    return { ok: true, data: await read() };
  } catch (error) {
    unstable_rethrow(error);
    const answer = errorToAnswer(error);
    if (answer.unexpected) throw error;
    return { ok: false, message: answer.message };
  }
}

/** `[id]` segments: a uuid, or the page does not exist. */
export const idParams = z.object({ id: z.uuid() });

/** A page's path parameters through `schema`; anything it refuses is Next's 404 (not-found.tsx),
 * the same answer defineRoute gives a route handler, and never reaches a service. */
export async function pageParams<S extends z.ZodType>(params: Promise<unknown>, schema: S): Promise<z.infer<S>> {
  const parsed = schema.safeParse(await params);
  if (!parsed.success) notFound();
  return parsed.data;
}
