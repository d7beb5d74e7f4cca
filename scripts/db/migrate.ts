// `npm run db:migrate`: apply pending migrations to DATABASE_URL (or the embedded database).
import { applyMigrations } from '@/lib/db/migrations';
import { runWithDatabase } from './run-script';

await runWithDatabase(async (db) => {
  const applied = await applyMigrations(db.url);
  console.log(applied.length ? `Migrasi diterapkan: ${applied.join(', ')}` : 'Basis data sudah mutakhir; tidak ada migrasi baru.');
});
