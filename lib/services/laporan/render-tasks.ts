// The tasks of the report pool (./render-pool.ts), by name; built into the worker's bundle.
import { tulisBerkas } from './tulis-berkas';

export const tasks = { tulisBerkas } as const;

/** Nothing to load ahead: the fonts are read by the first report. */
export async function prepareWorker(): Promise<void> {}
