// `npm run demo`: a seeded demo instance on http://localhost:3000 (or PORT) with nothing but Node installed.
import { createPrismaClient } from '@/lib/db/client';
import { formatAccountsTable } from '@/prisma/seed/print-accounts';
import { seedDemo } from '@/prisma/seed/seed-demo';
import { prisma as sharedPrisma } from '@/lib/db';
import { seedContoh } from '@/prisma/seed/contoh/seed-contoh';
import { refreshLaporan } from '@/lib/jobs/refresh-laporan';
import { ensureAuthSecret, ensureVapidKeys, prepareDatabase, runLauncher, runNext, servedAt, startBackground } from './lib/launch';

const served = servedAt();
const port = served.port;

await runLauncher(async (keep) => {
  const authSecret = await ensureAuthSecret();
  const vapid = await ensureVapidKeys();
  const db = await prepareDatabase();
  keep(db);
  const prisma = createPrismaClient(db.url);
  let accounts: Awaited<ReturnType<typeof seedDemo>>['accounts'];
  // The seed signs sample letters in this process: it must see the served URL too.
  const env = { DATABASE_URL: db.url, AUTH_SECRET: authSecret, AUTH_TRUST_HOST: 'true', ...vapid, ...served.env };
  try {
    ({ accounts } = await seedDemo(prisma));
    // The sample letters go through the app's services, which use the shared client.
    Object.assign(process.env, env);
    const contoh = await seedContoh();
    if (contoh) console.log(`Contoh surat dibuat: ${contoh.suratMasuk} surat masuk dengan disposisinya, ${contoh.naskah} naskah dinas.`);
    // The reports read rollups the worker brings up to date every 5 minutes: count the demo's
    // letters now, so Laporan is not empty until then.
    await refreshLaporan({ prisma });
  } finally {
    await prisma.$disconnect();
    await sharedPrisma.$disconnect();
  }
  console.log('Membangun aplikasi (next build)…');
  const built = await runNext(['build'], env);
  if (built !== 0) return built;
  console.log(`\nAkun demo:\n${formatAccountsTable(accounts)}\n\nBuka ${served.env.AUTH_URL} (Ctrl-C untuk berhenti).\n`);
  const background = await startBackground(db.url);
  const code = await runNext(['start', '-p', port], env);
  await background.stop();
  return code;
});
