import 'server-only';
import type { UntrustedForm } from './multipart-form';
import { runUntrusted, UntrustedTaskError } from './worker-pool';

const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i;

/**
 * The form of a request whose body may be a large untrusted upload: the event loop only collects
 * the bytes (proxy.ts has already capped their number) and hands them over, without a copy, to
 * the worker pool, which parses the form and hashes its files. Null when the body is not a
 * readable form; the pool's "busy" refusal is passed on (UntrustedTaskError BUSY).
 */
export async function readRequestForm(request: Request): Promise<UntrustedForm | null> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!FORM_TYPES.test(contentType)) return null;
  let body: ArrayBuffer;
  try {
    body = await request.arrayBuffer();
  } catch {
    return null;
  }
  try {
    return await runUntrusted('readForm', { body: new Uint8Array(body), contentType }, { transfer: [body] });
  } catch (error) {
    if (error instanceof UntrustedTaskError && error.failure === 'BUSY') throw error;
    return null;
  }
}
