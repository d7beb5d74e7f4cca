// The migration that gave audit actions one naming style (audit_aksi_seragam): rows written under the
// old names by an earlier release take the new ones, and the signing failures' rollup, which filtered
// on an old name, still counts them (the rollup is now a table, migration laporan_bertahap, so only the
// migration's renaming is replayed). It runs inside a transaction that is rolled back, so the other
// test files never see the renamed rows.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AKSI_AUDIT, isAksiAudit } from '@/lib/domain/audit/aksi-audit';
import { createInstansi, createJabatan, createOpd } from '../support/factories';

const dir = readdirSync('prisma/migrations').find((d) => d.endsWith('_audit_aksi_seragam'))!;
const MIGRATION = readFileSync(path.join('prisma/migrations', dir, 'migration.sql'), 'utf8');
/** The renaming, without the materialized view it made again (since replaced by a table). */
const RENAMING = MIGRATION.slice(0, MIGRATION.indexOf('-- The signing failures'));
/** The (old, new) pairs the migration renames, read from its VALUES list. */
const RENAMES = [...MIGRATION.matchAll(/\('([^']+)', '([^']+)'\)/g)].map((m) => [m[1]!, m[2]!] as const);

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
let opdId: string;
let instansiId: string;
let jabatanId: string;

beforeAll(async () => {
  await client.connect();
  const instansi = await createInstansi();
  const opd = await createOpd(instansi.id);
  instansiId = instansi.id;
  opdId = opd.id;
  jabatanId = (await createJabatan(opd.id)).id;
});

afterAll(async () => {
  await client.end();
});

async function insertAudit(action: string, after: object) {
  await client.query(
    `INSERT INTO "AuditLog" ("instansiId", "opdId", "actorJabatanId", action, "entityType", "entityId", after, "createdAt")
     VALUES ($1, $2, $3, $4, 'Naskah', gen_random_uuid()::text, $5, now() - interval '1 hour')`,
    [instansiId, opdId, jabatanId, action, JSON.stringify(after)],
  );
}

describe('migration audit_aksi_seragam', () => {
  it('renames every old action to one in the typed table, in the entity.verbCamel style', () => {
    expect(RENAMES.length).toBeGreaterThanOrEqual(20);
    for (const [lama, baru] of RENAMES) {
      expect({ lama, known: isAksiAudit(lama) }).toEqual({ lama, known: false });
      expect({ baru, known: isAksiAudit(baru) }).toEqual({ baru, known: true });
    }
    for (const aksi of Object.keys(AKSI_AUDIT)) expect(aksi).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
  });

  it('rewrites rows stored under the old names, and the failures rollup still counts signing failures', async () => {
    await client.query('BEGIN');
    try {
      for (const [lama] of RENAMES) await insertAudit(lama, {});
      await insertAudit('naskah.sign.gagal', { kode: 'SERTIFIKAT_KEDALUWARSA', alasan: 'Sertifikat kedaluwarsa' });
      await insertAudit('naskah.sign.gagal', { kode: 'SERTIFIKAT_KEDALUWARSA', alasan: 'Sertifikat kedaluwarsa' });
      await insertAudit('naskah.submit', {});

      await client.query(RENAMING);
      await client.query(`SELECT laporan.segarkan('gagal_ttd')`);

      const stored = await client.query<{ action: string; n: number }>(`SELECT action, count(*)::int AS n FROM "AuditLog" WHERE "opdId" = $1 GROUP BY action`, [opdId]);
      const byAction = Object.fromEntries(stored.rows.map((r) => [r.action, r.n]));
      for (const [lama, baru] of RENAMES) {
        expect(byAction[lama]).toBeUndefined();
        expect(byAction[baru]).toBeGreaterThanOrEqual(1);
      }
      expect(byAction['naskah.signFail']).toBe(3);
      expect(byAction['naskah.submit']).toBe(1);
      expect(stored.rows.every((r) => isAksiAudit(r.action))).toBe(true);

      const gagal = await client.query<{ kode: string; jumlah: number }>(
        `SELECT kode, sum(jumlah)::int AS jumlah FROM laporan.gagal_ttd WHERE opd_id = $1 GROUP BY kode ORDER BY kode`,
        [opdId],
      );
      expect(gagal.rows).toEqual([
        { kode: 'INTERNAL', jumlah: 1 },
        { kode: 'SERTIFIKAT_KEDALUWARSA', jumlah: 2 },
      ]);
      // A failure written later is counted by the next refresh, as lib/jobs/refresh-laporan.ts runs it.
      await insertAudit('naskah.signFail', { kode: 'INTERNAL', alasan: 'Galat' });
      await client.query(`SELECT laporan.segarkan('gagal_ttd')`);
      const after = await client.query<{ jumlah: number }>(`SELECT sum(jumlah)::int AS jumlah FROM laporan.gagal_ttd WHERE opd_id = $1`, [opdId]);
      expect(after.rows[0]!.jumlah).toBe(4);
    } finally {
      await client.query('ROLLBACK');
    }
  });
});
