// A multipart/form-data (or urlencoded) body read inside the untrusted-file worker pool: parsing a
// 20 MB upload, and hashing it, costs hundreds of milliseconds of CPU that must not be spent on
// the request's event loop while other people wait for pages.
import { createHash } from 'node:crypto';

export interface UntrustedFile {
  name: string;
  type: string;
  bytes: Uint8Array;
  /** SHA-256 (hex) of the bytes. */
  sha256: string;
}

export interface UntrustedForm {
  /** The first value of each text field. */
  fields: Record<string, string>;
  /** The first file of each file field. */
  files: Record<string, UntrustedFile>;
}

export interface MultipartBody {
  body: Uint8Array;
  contentType: string;
}

/** The form in the body; null when the body is not a form that can be read. */
export async function parseMultipartForm({ body, contentType }: MultipartBody): Promise<UntrustedForm | null> {
  let form: FormData;
  try {
    form = await new Response(body as Uint8Array<ArrayBuffer>, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return null;
  }
  const out: UntrustedForm = { fields: {}, files: {} };
  for (const [key, value] of form) {
    if (key in out.fields || key in out.files) continue;
    if (typeof value === 'string') {
      out.fields[key] = value;
      continue;
    }
    const bytes = new Uint8Array(await value.arrayBuffer());
    out.files[key] = { name: value.name, type: value.type, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
  }
  return out;
}
