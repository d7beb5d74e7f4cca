// `npm run demo`: a seeded demo instance on http://localhost:3000 with nothing but Node installed.
import { createPrismaClient } from '@/lib/db/client';
import { formatAccountsTable } from '@/prisma/seed/print-accounts';
import { seedDemo } from '@/prisma/seed/seed-demo';
import { ensureAuthSecret, prepareDatabase, runLauncher, runNext } from './lib/launch';

const port = process.env.PORT ?? '3000';

await runLauncher(async (keep) => {
  const authSecret = await ensureAuthSecret();
  const db = await prepareDatabase();
  keep(db);
  const prisma = createPrismaClient(db.url);
  let accounts: Awaited<ReturnType<typeof seedDemo>>['accounts'];
  try {
    ({ accounts } = await seedDemo(prisma));
  } finally {
    await prisma.$disconnect();
  }
  const env = { DATABASE_URL: db.url, AUTH_SECRET: authSecret, AUTH_TRUST_HOST: 'true' };
  console.log('Membangun aplikasi (next build)…');
  const built = await runNext(['build'], env);
  if (built !== 0) return built;
  console.log(`\nAkun demo:\n${formatAccountsTable(accounts)}\n\nBuka http://localhost:${port} (Ctrl-C untuk berhenti).\n`);
  return runNext(['start', '-p', port], env);
});
