// `npm start` (production server on the built app) and `npm run dev` (development server):
// migrate DATABASE_URL, or start the embedded PostgreSQL when it is unset, then run Next.js.
import { ensureAuthSecret, prepareDatabase, runLauncher, runNext, servedAt } from './lib/launch';

const dev = process.argv.includes('--dev');
const served = servedAt();

await runLauncher(async (keep) => {
  const authSecret = await ensureAuthSecret();
  const db = await prepareDatabase();
  keep(db);
  return runNext([dev ? 'dev' : 'start', '-p', served.port], { DATABASE_URL: db.url, AUTH_SECRET: authSecret, AUTH_TRUST_HOST: 'true', ...served.env });
});
