// `npm run db:migration -- <name>`: write prisma/migrations/<ts>_<name>/migration.sql from the
// difference between the existing migrations and prisma/schema.prisma.
import { createMigration } from '@/lib/db/migrations';
import { runWithDatabase } from './run-script';

const name = process.argv[2];
if (!name) {
  console.error('usage: npm run db:migration -- <name>');
  process.exit(2);
}

await runWithDatabase(async (db) => {
  const dir = await createMigration(db.url, name);
  console.log(dir ? `Migration written: ${dir}` : 'No changes: the migrations already match prisma/schema.prisma.');
});
