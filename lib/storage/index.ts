import 'server-only';
import path from 'node:path';
import { createLocalStorage } from './local-storage';
import { createS3Storage, s3ConfigFromEnv } from './s3-storage';
import type { FileStorage } from './types';

let storage: FileStorage | null = null;

/** The configured store: STORAGE_DRIVER=local (default, STORAGE_DIR or .data/files) or s3. */
export function getStorage(): FileStorage {
  if (storage) return storage;
  const driver = process.env.STORAGE_DRIVER ?? 'local';
  if (driver === 'local') {
    // A run-time data folder, not app code: the ignore keeps Turbopack from tracing the whole project.
    storage = createLocalStorage(path.resolve(/*turbopackIgnore: true*/ process.env.STORAGE_DIR ?? '.data/files'));
    return storage;
  }
  if (driver === 's3') {
    storage = createS3Storage(s3ConfigFromEnv());
    return storage;
  }
  throw new Error(`STORAGE_DRIVER=${driver} is not supported (use local or s3).`);
}
