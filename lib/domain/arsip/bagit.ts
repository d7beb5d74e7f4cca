// A BagIt bag (RFC 8493, version 1.0): the payload under data/, bagit.txt, bag-info.txt with
// Payload-Oxum, a SHA-256 payload manifest and a SHA-256 tag manifest, all inside one top-level
// directory so the zip unpacks to the bag.
import { createHash } from 'node:crypto';

export interface BagFile {
  /** Path inside data/, with forward slashes. */
  path: string;
  bytes: Uint8Array;
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const utf8 = (s: string) => new TextEncoder().encode(s);

/** RFC 8493 section 2.1.3: CR, LF and % in a manifest path are percent-encoded. */
export function manifestPath(path: string): string {
  return path.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Tag values stay on one line. */
const tagValue = (v: string) => v.replace(/[\r\n]+/g, ' ');

/**
 * Every file of the bag (paths relative to the bag's own directory `name`), payload first. `info`
 * adds tags to bag-info.txt after Bagging-Date and Payload-Oxum.
 */
export function buildBag(name: string, payload: readonly BagFile[], info: Record<string, string>, baggingDate: string): BagFile[] {
  const paths = new Set<string>();
  for (const f of payload) {
    if (!f.path || f.path.startsWith('/') || f.path.split('/').some((p) => p === '..' || p === '.' || p === '') || paths.has(f.path)) throw new Error(`bad bag path ${f.path}`);
    paths.add(f.path);
  }
  const data = payload.map((f) => ({ path: `data/${f.path}`, bytes: f.bytes }));
  const octets = data.reduce((n, f) => n + f.bytes.byteLength, 0);
  const manifest = utf8(data.map((f) => `${sha256(f.bytes)}  ${manifestPath(f.path)}\n`).join(''));
  const bagit = utf8('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
  const tags = { 'Bagging-Date': baggingDate, 'Payload-Oxum': `${octets}.${data.length}`, 'Bag-Size': `${(octets / 1024 / 1024).toFixed(1)} MB`, ...info };
  const bagInfo = utf8(Object.entries(tags).map(([k, v]) => `${k}: ${tagValue(v)}\n`).join(''));
  const tagFiles = [
    { path: 'bagit.txt', bytes: bagit },
    { path: 'bag-info.txt', bytes: bagInfo },
    { path: 'manifest-sha256.txt', bytes: manifest },
  ];
  const tagManifest = utf8(tagFiles.map((f) => `${sha256(f.bytes)}  ${f.path}\n`).join(''));
  return [...data, ...tagFiles, { path: 'tagmanifest-sha256.txt', bytes: tagManifest }].map((f) => ({ path: `${name}/${f.path}`, bytes: f.bytes }));
}
