import { describe, expect, it } from 'vitest';
import { applyMigrations, diffMigrationsToSchema, listMigrations } from '@/lib/db/migrations';
import { NO_FILTER, withSchemaEngine } from '@/lib/db/schema-engine';

const url = () => process.env.DATABASE_URL!;

describe('migrations', () => {
  it('describe exactly prisma/schema.prisma (a schema change without a migration fails here)', async () => {
    expect(await diffMigrationsToSchema(url())).toBe('');
  });

  it('left the migrated test database without drift and fully applied', async () => {
    const migrationsList = await listMigrations();
    await withSchemaEngine(url(), async (engine) => {
      const diagnosis = await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: true, filters: NO_FILTER });
      expect(diagnosis.hasMigrationsTable).toBe(true);
      expect(diagnosis.history).toBeNull();
      expect(diagnosis.failedMigrationNames).toEqual([]);
      expect(diagnosis.editedMigrationNames).toEqual([]);
      // What `prisma migrate dev` would do: "reset" when the database drifted from the migrations.
      const dev = await engine.devDiagnostic({ migrationsList, filters: NO_FILTER });
      expect(dev.action).toEqual({ tag: 'createMigration' });
    });
  });

  it('are a no-op when applied again', async () => {
    expect(await applyMigrations(url())).toEqual([]);
  });
});
