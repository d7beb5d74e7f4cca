// Run by read-replica.test.ts as the launcher runs its job runner and signing recovery (tsx with
// the react-server condition, outside Next's server): one queryRows read, its rows printed.
export {}; // a module, for top-level await

const { queryRows } = await import('@/lib/db/query-rows');
const { Prisma } = await import('@/lib/generated/prisma/client');
const rows = await queryRows(Prisma.sql`SELECT pg_is_in_recovery() AS standby`);
console.log(`hasil=${JSON.stringify(rows)}`);
process.exit(0);
