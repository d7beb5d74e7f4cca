import { z } from 'zod';

/**
 * Forms that send structured data (the naskah editor: nested konten, recipient lists) put it as
 * JSON in one "payload" field; this parses it and validates it with `schema`.
 */
export function jsonPayload<S extends z.ZodType>(schema: S) {
  return z
    .object({ payload: z.string() })
    .transform((v, ctx) => {
      try {
        return JSON.parse(v.payload) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'Data formulir tidak dikenali.' });
        return z.NEVER;
      }
    })
    .pipe(schema);
}
