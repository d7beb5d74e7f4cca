import 'server-only';
import type { UntrustedForm } from './multipart-form';
import { runUntrusted } from './worker-pool';

const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i;

/**
 * The form of a request whose body may be a large untrusted upload: the event loop only collects
 * the bytes (proxy.ts has already capped their number) and hands them over, without a copy, to
 * the worker pool, which parses the form and hashes its files. Null when the body is not a
 * readable form; the pool's refusals (busy, over its time or memory budget) are passed on as
 * UntrustedTaskError.
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
  return runUntrusted('readForm', { body: new Uint8Array(body), contentType }, { transfer: [body] });
}
