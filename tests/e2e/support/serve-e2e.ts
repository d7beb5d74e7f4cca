export {}; // a module, for top-level await

// The server the Playwright suite runs against: its own embedded PostgreSQL (separate data dir and
// port, so a running demo is untouched), the demo seed, a fresh production build, next start.
process.env.EMBEDDED_PG_DIR ??= '.data/e2e-postgres';
process.env.EMBEDDED_PG_PORT ??= '5435';
delete process.env.DATABASE_URL;

const { createPrismaClient } = await import('@/lib/db/client');
const { seedDemo } = await import('@/prisma/seed/seed-demo');
const { ensureAuthSecret, ensureVapidKeys, prepareDatabase, runLauncher, runNext, startBackground } = await import('../../../scripts/lib/launch');
const { startKanalE2e } = await import('./notifikasi-kanal');
const { startE2eReplica } = await import('./replica-e2e');

const port = process.env.E2E_PORT ?? '3100';

await runLauncher(async (keep) => {
  const authSecret = await ensureAuthSecret();
  const vapid = await ensureVapidKeys();
  let db = await prepareDatabase();
  keep(db);
  const prisma = createPrismaClient(db.url);
  try {
    await seedDemo(prisma);
    // Earlier runs may have locked demo accounts with wrong passwords; start every run clean.
    await prisma.pegawai.updateMany({ data: { gagalMasuk: 0, terkunciSampai: null } });
    // ...and may have used up sign-in rate limits (all e2e requests come from 127.0.0.1).
    await prisma.rateLimit.deleteMany();
  } finally {
    await prisma.$disconnect();
  }
  // E2E_REPLICA=1: the app also reads from a real streaming replica of this database
  // (DATABASE_REPLICA_URL), so every spec checks that a page shows what the person just did.
  let replicaEnv: Record<string, string> = {};
  if (process.env.E2E_REPLICA === '1') {
    const replica = await startE2eReplica(db);
    keep({
      ...replica.primary,
      stop: async () => {
        await replica.stop();
        await replica.primary.stop();
      },
    });
    db = replica.primary;
    replicaEnv = { DATABASE_REPLICA_URL: replica.url };
  }
  // Notifications leave for this run's own SMTP server and WhatsApp gateway (notifikasi.phone.spec.ts reads them).
  const kanal = await startKanalE2e();
  Object.assign(process.env, kanal.env);
  const background = await startBackground(db.url);
  // One trusted proxy hop: each test sends its own X-Forwarded-For (support/test.ts), so the
  // per-address rate limits count one test's requests, not the whole suite's from 127.0.0.1.
  const env = { DATABASE_URL: db.url, AUTH_SECRET: authSecret, AUTH_TRUST_HOST: 'true', TRUSTED_PROXY_HOPS: '1', ...vapid, ...replicaEnv };
  if (process.env.E2E_SKIP_BUILD !== '1') {
    const built = await runNext(['build'], env);
    if (built !== 0) return built;
  }
  const code = await runNext(['start', '-p', port, '-H', '127.0.0.1'], env);
  await background.stop();
  await kanal.close();
  return code;
});
