// Prisma's schema engine compiled to WebAssembly: migrations without the native binary that the
// Prisma CLI downloads (unreachable here and on many government networks). Its package imports the
// .wasm the bundler way, so Node gets it instantiated by hand.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

const require = createRequire(import.meta.url);
let engineClass: Promise<typeof SchemaEngine> | null = null;

async function loadEngineClass(): Promise<typeof SchemaEngine> {
  const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
  const bindings = await import(/* webpackIgnore: true */ path.join(dir, 'schema_engine_bg.js'));
  const bytes = await readFile(path.join(dir, 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bindings });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return bindings.SchemaEngine as typeof SchemaEngine;
}

export const SCHEMA_PATH = path.resolve('prisma/schema.prisma');
export const MIGRATIONS_DIR = path.resolve('prisma/migrations');
export const NO_FILTER = { externalTables: [], externalEnums: [] };

export async function readSchema(): Promise<{ path: string; content: string }> {
  return { path: SCHEMA_PATH, content: await readFile(SCHEMA_PATH, 'utf8') };
}

// Two gaps in @prisma/adapter-pg 7.10 when it serves the schema engine:
// - pg_catalog columns of Postgres' one-byte type "char" (OID 18) are not mapped ("Column type
//   'char' could not be deserialized"); the engine reads them as Character. This client reports
//   them as text to the adapter and remembers which columns they were, and the adapter wrapper
//   below tells the engine they are Character.
// - connectToShadowDb() spreads `database` over a config whose connectionString wins, so the
//   "shadow" database would be the real one. The URL is therefore passed as separate fields.
const PG_CHAR = 18;
const PG_TEXT = 25;
const COLUMN_TYPE_CHARACTER = 6; // ColumnTypeEnum.Character of @prisma/driver-adapter-utils
type QueryResultLike = { fields?: { dataTypeID: number }[]; rows?: unknown[] };
const charColumnsByRows = new WeakMap<object, number[]>();

function reportCharAsText(result: QueryResultLike | undefined): void {
  const charColumns: number[] = [];
  result?.fields?.forEach((field, index) => {
    if (field.dataTypeID === PG_CHAR) {
      field.dataTypeID = PG_TEXT;
      charColumns.push(index);
    }
  });
  if (charColumns.length && result?.rows) charColumnsByRows.set(result.rows, charColumns);
}

class CatalogCharClient extends pg.Client {
  // Both call styles of pg: pool.query() passes a callback, a checked-out client returns a promise.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args.length - 1;
    if (typeof args[last] === 'function') {
      const callback = args[last];
      args[last] = (error: unknown, result: QueryResultLike) => {
        reportCharAsText(result);
        callback(error, result);
      };
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (super.query as (...a: any[]) => any)(...args);
    if (!result || typeof result.then !== 'function') return result;
    return result.then((r: QueryResultLike) => {
      reportCharAsText(r);
      return r;
    });
  }
}

type RawResult = { columnTypes: number[]; rows: object };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Queryable = { queryRaw: (q: any) => Promise<RawResult>; startTransaction?: (...a: any[]) => Promise<Queryable> };

function withCharacterColumns<T extends Queryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumnsByRows.get(result.rows) ?? []) result.columnTypes[index] = COLUMN_TYPE_CHARACTER;
    return result;
  };
  const startTransaction = queryable.startTransaction?.bind(queryable);
  if (startTransaction) queryable.startTransaction = async (...args) => withCharacterColumns(await startTransaction(...args));
  return queryable;
}

export function pgFields(url: string) {
  const u = new URL(url);
  const sslmode = u.searchParams.get('sslmode') ?? '';
  // libpq's `?host=` (a Unix socket's directory, as /var/run/postgresql) and `?port=` win over the
  // URL's own, as node-postgres reads them for the app's pools.
  return {
    host: u.searchParams.get('host') ?? u.hostname,
    port: Number(u.searchParams.get('port') ?? (u.port || 5432)),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
    ssl: ['require', 'verify-ca', 'verify-full'].includes(sslmode) ? { rejectUnauthorized: sslmode !== 'require' } : undefined,
  };
}

async function runAdminSql(url: string, sql: string): Promise<void> {
  const client = new pg.Client(pgFields(url));
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A throw-away database for the engine to replay migrations in; dropped after its pool is closed. */
async function connectShadow(url: string) {
  const name = `prisma_migrate_shadow_db_${randomUUID().replace(/-/g, '')}`;
  await runAdminSql(url, `CREATE DATABASE "${name}"`);
  const adapter = await new PrismaPg({ ...pgFields(url), database: name, Client: CatalogCharClient }).connect();
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    await runAdminSql(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
  return adapter;
}

type Disposable = { dispose(): Promise<void> };

function migrationAdapterFactory(url: string, opened: Disposable[]) {
  const base = new PrismaPg({ ...pgFields(url), Client: CatalogCharClient });
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => {
      const adapter = await base.connect();
      opened.push(adapter);
      return withCharacterColumns(adapter);
    },
    connectToShadowDb: async () => withCharacterColumns(await connectShadow(url)),
  } as unknown as PrismaPg;
}

/**
 * Runs `task` with an engine connected to `url` (shadow databases for diffs are made, and dropped,
 * on the same server), then frees it and closes its pool. The engine takes Prisma's migration
 * advisory lock on a pooled connection and free() leaves the pool open, so without the close the
 * next engine, in this process or another, waits for the pool's idle timeout (10 s).
 */
export async function withSchemaEngine<T>(url: string, task: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  engineClass ??= loadEngineClass();
  const Engine = await engineClass;
  const schema = await readSchema();
  const opened: Disposable[] = [];
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(migrationAdapterFactory(url, opened));
  const log = (line: string) => {
    if (process.env.SCHEMA_ENGINE_DEBUG) process.stderr.write(`${line}\n`);
  };
  const engine = await Engine.new({ datamodels: [[schema.path, schema.content]] }, log, adapterFactory);
  try {
    return await task(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  }
}
