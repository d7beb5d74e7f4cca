// A page's filters from its query string. A filter the input policy refuses (a NUL byte, an
// impossible date) is dropped and named in a notice, so the page still answers normally.
import { z } from 'zod';
import { INDONESIAN_ISSUES } from './zod-locale';

export type QueryInput = Record<string, string | string[] | undefined>;

export interface ParsedQuery<T> {
  data: T;
  /** Indonesian sentence naming what was ignored, or null. */
  notice: string | null;
}

/** Repeated keys count once (the first value), as a form would send them. */
export function firstValues(input: QueryInput): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(input).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

/**
 * Parses `input` with `schema`, dropping each refused key and trying again. The schema must accept
 * every key being absent.
 */
export function parseQuery<S extends z.ZodType>(schema: S, input: QueryInput): ParsedQuery<z.infer<S>> {
  const values: Record<string, string | undefined> = firstValues(input);
  const messages = new Set<string>();
  for (;;) {
    const parsed = schema.safeParse(values, INDONESIAN_ISSUES);
    if (parsed.success) {
      return { data: parsed.data, notice: messages.size > 0 ? `Saringan diabaikan: ${[...messages].join(' ')}` : null };
    }
    const refused = [...new Set(parsed.error.issues.map((i) => i.path[0]).filter((k): k is string => typeof k === 'string' && values[k] !== undefined))];
    if (refused.length === 0) throw parsed.error;
    for (const key of refused) delete values[key];
    for (const issue of parsed.error.issues) messages.add(issue.message);
  }
}
