// queryRows (lib/db/query-rows.ts) answers as prisma.$queryRaw does, so a read moves between the
// two without a change in meaning: the same values for every column type the services read, Date
// arguments meant as UTC whatever the process's time zone, and on the pool Prisma uses.
import { afterEach, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { sharedPool } from '@/lib/db/client';
import { queryRows } from '@/lib/db/query-rows';
import { Prisma } from '@/lib/generated/prisma/client';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

const everyType = (at: Date) => Prisma.sql`
  SELECT ${at}::timestamp AS "timestamp", ${at}::timestamptz AS "timestamptz", '2026-02-28'::date AS "date",
    count(*) AS "int8", 7::int AS "int4", 2.5::float8 AS "float8", 12.30::numeric AS "numeric", true AS "bool",
    'teks'::text AS "text", '0195b1a0-0000-7000-8000-000000000001'::uuid AS "uuid",
    ARRAY['0195b1a0-0000-7000-8000-000000000001']::uuid[] AS "uuids", ARRAY['a', 'b,c']::text[] AS "texts",
    '{"a": [1, "dua"]}'::jsonb AS "jsonb", '{"b": null}'::json AS "json", 'SEGERA'::"DerajatKecepatan" AS "enum",
    NULL::text AS "kosong"
  FROM (VALUES (1), (2)) v(x)`;

describe('queryRows', () => {
  it('gives every column type the values $queryRaw gives', async () => {
    const at = new Date('2026-12-04T23:30:15.250Z');
    const viaPrisma = await prisma.$queryRaw<Record<string, unknown>[]>(everyType(at));
    const rows = await queryRows<Record<string, unknown>>(everyType(at));
    expect(rows).toEqual(viaPrisma);
    expect(rows[0]).toMatchObject({ timestamp: at, timestamptz: at, date: new Date('2026-02-28T00:00:00Z'), int8: 2n, texts: ['a', 'b,c'], jsonb: { a: [1, 'dua'] } });
    expect(Prisma.Decimal.isDecimal(rows[0]!.numeric)).toBe(true);
  });

  it('sends and reads dates as UTC in a process whose time zone is not', async () => {
    process.env.TZ = 'Asia/Jakarta';
    const at = new Date('2026-12-04T20:00:00Z');
    const [row] = await queryRows<{ t: Date; teks: string; lewat: boolean }>(
      Prisma.sql`SELECT ${at}::timestamp AS t, ${at}::timestamp::text AS teks, ${at}::timestamp > '2026-12-04 19:59:59'::timestamp AS lewat`,
    );
    expect(row).toEqual({ t: at, teks: '2026-12-04 20:00:00', lewat: true });
    expect(await prisma.$queryRaw`SELECT ${at}::timestamp::text AS teks`).toEqual([{ teks: '2026-12-04 20:00:00' }]);
  });

  it('runs on the shared client pool, and on the new one after $disconnect', async () => {
    const pool = sharedPool();
    await Promise.all(Array.from({ length: 12 }, () => queryRows(Prisma.sql`SELECT pg_sleep(0.01)`)));
    expect(pool.totalCount).toBeLessThanOrEqual(pool.options.max!);
    await prisma.$disconnect();
    const [{ n }] = await queryRows<{ n: number }>(Prisma.sql`SELECT 1::int AS n`);
    expect(n).toBe(1);
    expect(sharedPool()).not.toBe(pool);
    expect(await prisma.$queryRaw`SELECT 2::int AS n`).toEqual([{ n: 2 }]);
  });
});
