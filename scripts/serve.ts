// `npm start` (production server on the built app) and `npm run dev` (development server):
// migrate DATABASE_URL, or start the embedded PostgreSQL when it is unset, start the background
// sweeps (lib/jobs), then run Next.js.
import { ensureAuthSecret, ensureVapidKeys, prepareDatabase, runLauncher, runNext, servedAt, startBackground } from './lib/launch';

const dev = process.argv.includes('--dev');
const served = servedAt();

await runLauncher(async (keep) => {
  const authSecret = await ensureAuthSecret();
  const vapid = await ensureVapidKeys();
  const db = await prepareDatabase();
  keep(db);
  const background = await startBackground(db.url);
  const code = await runNext([dev ? 'dev' : 'start', '-p', served.port], { DATABASE_URL: db.url, AUTH_SECRET: authSecret, AUTH_TRUST_HOST: 'true', ...vapid, ...served.env });
  await background.stop();
  return code;
});
