// `npm run db:seed`: the idempotent demo data (prisma/seed/seed-demo.ts). Uses DATABASE_URL, or
// the embedded PostgreSQL under .data/ when it is unset (the same rule as every other entry point).
import { createPrismaClient } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { resolveDatabase } from '@/lib/db/resolve-database';
import { formatAccountsTable } from '@/prisma/seed/print-accounts';
import { seedDemo } from '@/prisma/seed/seed-demo';

const database = await resolveDatabase();
const prisma = createPrismaClient(database.url);
const started = performance.now();
try {
  const { counts, accounts } = await seedDemo(prisma);
  const detik = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Data demo siap dalam ${detik} detik: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}.\n`);
  console.log(formatAccountsTable(accounts));
} catch (error) {
  // P2021: a table is missing, i.e. the database was never migrated.
  if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2021')) throw error;
  console.error('Skema basis data belum ada: jalankan `npm run db:migrate` lebih dulu.');
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
  await database.stop();
}
