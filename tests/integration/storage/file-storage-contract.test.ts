// One contract for every storage driver: the local directory, and the S3 driver against s3rver (a
// local S3-compatible server from npm). s3rver parses the SigV4 Authorization header and checks the
// access key id, but does not recompute V4 signature values; the signing itself is aws4fetch's.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalStorage } from '@/lib/storage/local-storage';
import { createS3Storage, s3ConfigFromEnv } from '@/lib/storage/s3-storage';
import type { FileStorage } from '@/lib/storage/types';

const BUCKET = 'eoffice-uji';
let dir: string;
let server: S3rver;
let endpoint: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'eoffice-storage-'));
  server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: path.join(dir, 's3'), configureBuckets: [{ name: BUCKET, configs: [] }] });
  const { port } = (await server.run()) as { port: number };
  endpoint = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

const drivers: [string, () => FileStorage][] = [
  ['local', () => createLocalStorage(path.join(dir, 'local'))],
  ['s3', () => createS3Storage({ endpoint, bucket: BUCKET, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', region: 'us-east-1' })],
];

describe.each(drivers)('%s storage', (_name, make) => {
  const bytes = new Uint8Array(Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256));

  it('stores, reads back byte for byte with its content type, overwrites and deletes', async () => {
    const storage = make();
    const key = `pindaian/${crypto.randomUUID()}/surat.pdf`;
    await storage.put(key, bytes, 'application/pdf');
    const read = await storage.get(key);
    expect(read?.contentType).toBe('application/pdf');
    expect(Buffer.from(read!.bytes).equals(Buffer.from(bytes))).toBe(true);
    await storage.put(key, new Uint8Array([1, 2, 3]), 'image/png');
    expect(await storage.get(key)).toMatchObject({ bytes: new Uint8Array([1, 2, 3]), contentType: 'image/png' });
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
  });

  it('stores a file streamed from disk and reads it back as a stream', async () => {
    const storage = make();
    const key = `ekspor/${crypto.randomUUID()}/arsip.zip`;
    const file = path.join(dir, `${crypto.randomUUID()}.zip`);
    await writeFile(file, bytes);
    await storage.putFile(key, file, 'application/zip');
    const read = await storage.getStream(key);
    expect(read).toMatchObject({ size: bytes.byteLength, contentType: 'application/zip' });
    expect(Buffer.from(await new Response(read!.body).arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
    expect(await storage.getStream(`ekspor/${crypto.randomUUID()}/tidak-ada.zip`)).toBeNull();
  });

  it('answers null for a missing key and deletes a missing key without error', async () => {
    const storage = make();
    expect(await storage.get(`pindaian/${crypto.randomUUID()}/tidak-ada.pdf`)).toBeNull();
    await expect(storage.delete(`pindaian/${crypto.randomUUID()}/tidak-ada.pdf`)).resolves.toBeUndefined();
  });

  it('refuses keys that could escape their place', async () => {
    const storage = make();
    for (const key of ['../etc/passwd', 'pindaian/../x', '/abs/path', 'pindaian', 'Pindaian/x y']) {
      await expect(storage.put(key, bytes, 'application/pdf')).rejects.toThrow('Invalid storage key');
    }
  });
});

describe('s3 driver', () => {
  it('fails loudly when the store refuses the credentials or the bucket is missing', async () => {
    const wrongKey = createS3Storage({ endpoint, bucket: BUCKET, accessKeyId: 'SALAH', secretAccessKey: 'S3RVER', region: 'us-east-1' });
    await expect(wrongKey.put('pindaian/x/y.pdf', new Uint8Array([1]), 'application/pdf')).rejects.toThrow(/HTTP 403.*InvalidAccessKeyId/s);
    const noBucket = createS3Storage({ endpoint, bucket: 'tidak-ada', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', region: 'us-east-1' });
    await expect(noBucket.put('pindaian/x/y.pdf', new Uint8Array([1]), 'application/pdf')).rejects.toThrow(/HTTP 404/);
  });

  it('reads its configuration from the environment and names a missing variable', () => {
    const env = { S3_ENDPOINT: 'http://s3.local', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'rahasia' };
    expect(s3ConfigFromEnv(env)).toEqual({ endpoint: 'http://s3.local', bucket: 'b', accessKeyId: 'id', secretAccessKey: 'rahasia', region: 'us-east-1' });
    expect(() => s3ConfigFromEnv({ ...env, S3_BUCKET: '' })).toThrow('STORAGE_DRIVER=s3 needs S3_BUCKET.');
  });
});
