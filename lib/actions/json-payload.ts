import { z } from 'zod';
import { jsonDepth } from '@/lib/domain/input/fields';

/** Deeper than any form of this app nests; a deeper payload is an attack on recursive readers. */
const MAX_PAYLOAD_DEPTH = 32;

/**
 * Forms that send structured data (the naskah editor: nested konten, recipient lists) put it as
 * JSON in one "payload" field; this parses it and validates it with `schema`.
 */
export function jsonPayload<S extends z.ZodType>(schema: S) {
  return z
    .object({ payload: z.string() })
    .transform((v, ctx) => {
      let value: unknown;
      try {
        value = JSON.parse(v.payload);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'Data formulir tidak dikenali.' });
        return z.NEVER;
      }
      if (jsonDepth(value, MAX_PAYLOAD_DEPTH) > MAX_PAYLOAD_DEPTH) {
        ctx.addIssue({ code: 'custom', message: 'Data formulir tidak dikenali (bertingkat terlalu dalam).' });
        return z.NEVER;
      }
      return value;
    })
    .pipe(schema);
}
