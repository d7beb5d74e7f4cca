// `npm run db:seed`: the idempotent demo data (prisma/seed/seed-demo.ts) against DATABASE_URL.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { formatAccountsTable } from '@/prisma/seed/print-accounts';
import { seedDemo } from '@/prisma/seed/seed-demo';

const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  console.error('DATABASE_URL is not set: point it at the database to seed (npm run demo starts an embedded one).');
  process.exit(1);
}

const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
const started = performance.now();
try {
  const { counts, accounts } = await seedDemo(prisma);
  const detik = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Data demo siap dalam ${detik} detik: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}.\n`);
  console.log(formatAccountsTable(accounts));
} finally {
  await prisma.$disconnect();
}
