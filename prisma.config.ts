// Configuration of the Prisma CLI. This project runs the CLI only for `prisma generate`
// (scripts/db/generate.mjs); migrations go through the wasm schema engine in lib/db/. The datasource
// is here for machines that do have the native engine (`prisma migrate status`, `prisma studio`).
// It is optional so that generating the client (after npm install) needs no DATABASE_URL.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx scripts/seed.ts' },
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
