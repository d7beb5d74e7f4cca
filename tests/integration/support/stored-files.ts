import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every file this test worker's local store holds under one prefix (sidecar type files aside). */
export async function storedFiles(prefix: string): Promise<string[]> {
  const root = path.join(process.env.STORAGE_DIR!, prefix);
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && !e.name.endsWith('.type'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}
