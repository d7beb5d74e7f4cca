import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { AwsClient } from 'aws4fetch';
import { assertStorageKey, type FileStorage, type StoredObject } from './types';

export interface S3Config {
  /** e.g. https://s3.provinsi.go.id or http://127.0.0.1:9000 (MinIO, Ceph RGW, SeaweedFS...). */
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
}

/** S3_* environment variables; a missing one is named in the error (its value never is). */
export function s3ConfigFromEnv(env: Record<string, string | undefined> = process.env): S3Config {
  const need = (name: string) => {
    const value = env[name];
    if (!value) throw new Error(`STORAGE_DRIVER=s3 needs ${name}.`);
    return value;
  };
  return {
    endpoint: need('S3_ENDPOINT'),
    bucket: need('S3_BUCKET'),
    accessKeyId: need('S3_ACCESS_KEY_ID'),
    secretAccessKey: need('S3_SECRET_ACCESS_KEY'),
    region: env.S3_REGION || 'us-east-1',
  };
}

/**
 * Any S3-compatible store over plain HTTP with SigV4 (aws4fetch: a few KB instead of the whole AWS
 * SDK). Path-style URLs (endpoint/bucket/key), which every on-premises S3 server accepts.
 */
export function createS3Storage(config: S3Config): FileStorage {
  const client = new AwsClient({ accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey, region: config.region, service: 's3' });
  const base = `${config.endpoint.replace(/\/+$/, '')}/${encodeURIComponent(config.bucket)}`;
  const urlOf = (key: string) => {
    assertStorageKey(key);
    return `${base}/${key.split('/').map(encodeURIComponent).join('/')}`;
  };
  const fail = async (verb: string, key: string, response: Response): Promise<never> => {
    const body = (await response.text()).slice(0, 300);
    throw new Error(`S3 ${verb} ${key} failed: HTTP ${response.status} ${body}`);
  };
  return {
    driver: 's3',
    async put(key, bytes, contentType) {
      const response = await client.fetch(urlOf(key), { method: 'PUT', body: new Uint8Array(bytes), headers: { 'Content-Type': contentType } });
      if (!response.ok) await fail('PUT', key, response);
      await response.arrayBuffer();
    },
    async get(key): Promise<StoredObject | null> {
      const response = await client.fetch(urlOf(key), { method: 'GET' });
      if (response.status === 404) {
        await response.arrayBuffer();
        return null;
      }
      if (!response.ok) await fail('GET', key, response);
      return { bytes: new Uint8Array(await response.arrayBuffer()), contentType: response.headers.get('content-type') ?? 'application/octet-stream' };
    },
    async putFile(key, filePath, contentType) {
      // A streamed body is sent unsigned (UNSIGNED-PAYLOAD) with its length, as S3 wants for a PUT.
      const { size } = await stat(filePath);
      const body = Readable.toWeb(createReadStream(filePath)) as ReadableStream<Uint8Array>;
      const response = await client.fetch(urlOf(key), { method: 'PUT', body, duplex: 'half', headers: { 'Content-Type': contentType, 'Content-Length': String(size) } } as RequestInit);
      if (!response.ok) await fail('PUT', key, response);
      await response.arrayBuffer();
    },
    async getStream(key) {
      const response = await client.fetch(urlOf(key), { method: 'GET' });
      if (response.status === 404) {
        await response.arrayBuffer();
        return null;
      }
      if (!response.ok || !response.body) await fail('GET', key, response);
      return { body: response.body!, size: Number(response.headers.get('content-length') ?? 0), contentType: response.headers.get('content-type') ?? 'application/octet-stream' };
    },
    async delete(key) {
      const response = await client.fetch(urlOf(key), { method: 'DELETE' });
      if (!response.ok && response.status !== 404) await fail('DELETE', key, response);
      await response.arrayBuffer();
    },
  };
}
