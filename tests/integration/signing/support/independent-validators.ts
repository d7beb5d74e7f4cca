// The signed PDF checked by tools that share no code with ours: poppler's pdfsig (NSS), OpenSSL's
// cms / ts / ocsp / asn1parse, and qpdf. pdfsig always exits 0, so its output is parsed.
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

const exec = promisify(execFile);

export interface ToolResult {
  ok: boolean;
  output: string;
}

export async function run(command: string, args: string[]): Promise<ToolResult> {
  try {
    const { stdout, stderr } = await exec(command, args, { maxBuffer: 16 * 1024 * 1024 });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}${e.message}` };
  }
}

export async function workDir(prefix = 'pades-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

/** The first signature's ByteRange, CMS (decoded /Contents) and the bytes it covers. */
export function extractSignature(pdf: Uint8Array): { byteRange: number[]; cms: Buffer; signedBytes: Buffer } {
  const buffer = Buffer.from(pdf);
  const match = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(buffer.toString('latin1'));
  if (!match) throw new Error('no /ByteRange');
  const byteRange = match.slice(1, 5).map(Number);
  const [a, b, c, d] = byteRange;
  return {
    byteRange,
    cms: Buffer.from(buffer.subarray(b + 1, c - 1).toString('latin1'), 'hex'),
    signedBytes: Buffer.concat([buffer.subarray(a, a + b), buffer.subarray(c, c + d)]),
  };
}

/** An NSS database trusting only the given root. */
export async function nssDbTrusting(rootPem: string): Promise<string> {
  const dir = await workDir('nss-');
  await writeFile(path.join(dir, 'root.pem'), rootPem);
  await exec('certutil', ['-N', '-d', `sql:${dir}`, '--empty-password']);
  await exec('certutil', ['-A', '-d', `sql:${dir}`, '-n', 'root', '-t', 'CT,C,C', '-i', path.join(dir, 'root.pem')]);
  return dir;
}

export async function pdfsig(pdfPath: string, nssDir: string): Promise<string> {
  return (await run('pdfsig', ['-nssdir', `sql:${nssDir}`, pdfPath])).output;
}

/** The signature-time-stamp token (unsigned attribute) and the SignerInfo's signature value. */
export function timeStampTokenOf(cms: Buffer): { token: Buffer; signatureValue: Buffer } {
  const asn1 = asn1js.fromBER(new Uint8Array(cms));
  const signedData = new pkijs.SignedData({ schema: new pkijs.ContentInfo({ schema: asn1.result }).content });
  const signerInfo = signedData.signerInfos[0];
  const attribute = signerInfo.unsignedAttrs?.attributes.find((a) => a.type === '1.2.840.113549.1.9.16.2.14');
  if (!attribute) throw new Error('no signature-time-stamp attribute');
  return { token: Buffer.from(attribute.values[0].toBER()), signatureValue: Buffer.from(signerInfo.signature.valueBlock.valueHexView) };
}
