// Named statements (lib/db/statement-name.ts): a query marked as prepared is parsed once per
// connection and reused for other values; Prisma's own queries and unmarked SQL are not kept. Read
// from PostgreSQL's own pg_prepared_statements of the connection the queries ran on (one
// interactive transaction holds one connection).
import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/db/client';
import { actorSql, loadActor } from '@/lib/services/auth/load-actor';
import { headSql } from '@/lib/services/surat-masuk/open-surat';
import { createInstansi, createPegawai, createWorld, deliverLetter } from '../support/factories';

const clients: ReturnType<typeof createPrismaClient>[] = [];
function client(setting?: string) {
  const before = process.env.DATABASE_PREPARED_STATEMENTS;
  if (setting === undefined) delete process.env.DATABASE_PREPARED_STATEMENTS;
  else process.env.DATABASE_PREPARED_STATEMENTS = setting;
  try {
    const c = createPrismaClient(process.env.DATABASE_URL!);
    clients.push(c);
    return c;
  } finally {
    if (before === undefined) delete process.env.DATABASE_PREPARED_STATEMENTS;
    else process.env.DATABASE_PREPARED_STATEMENTS = before;
  }
}

afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect()));
});

interface Prepared {
  name: string;
  statement: string;
}
type Db = ReturnType<typeof createPrismaClient>;
type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

const preparedOn = (tx: Tx) => tx.$queryRaw<Prepared[]>`SELECT name, statement FROM pg_prepared_statements`;
const namaMarked = (tx: Tx, id: string) => tx.$queryRaw<{ nama: string }[]>`/* prepared */ SELECT nama FROM "Instansi" WHERE id = ${id}::uuid`;

describe('named statements', () => {
  it('prepares a marked query once on its connection and answers each value right on reuse', async () => {
    const a = await createInstansi();
    const b = await createInstansi();
    const prepared = await client().$transaction(async (tx) => {
      // Past the five runs after which PostgreSQL may switch to its generic plan.
      for (let i = 0; i < 7; i++) {
        expect(await namaMarked(tx, a.id)).toEqual([{ nama: a.nama }]);
        expect(await namaMarked(tx, b.id)).toEqual([{ nama: b.nama }]);
      }
      return preparedOn(tx);
    });
    const marked = prepared.filter((p) => p.statement.startsWith('/* prepared */'));
    expect(marked).toHaveLength(1);
    expect(marked[0]!.name).toMatch(/^s[A-Za-z0-9_-]{27}$/);
  });

  it('gives the same text the same name on every connection', async () => {
    const a = await createInstansi();
    const names = await Promise.all(
      [client(), client()].map((db) =>
        db.$transaction(async (tx) => {
          await namaMarked(tx, a.id);
          return (await preparedOn(tx)).filter((p) => p.statement.startsWith('/* prepared */')).map((p) => p.name);
        }),
      ),
    );
    expect(names[0]).toHaveLength(1);
    expect(names[1]).toEqual(names[0]);
  });

  it("keeps none of Prisma's own queries nor unmarked SQL", async () => {
    const a = await createInstansi();
    const prepared = await client().$transaction(async (tx) => {
      expect((await tx.instansi.findUnique({ where: { id: a.id } }))?.id).toBe(a.id);
      expect(await tx.$queryRaw`SELECT nama FROM "Instansi" WHERE id = ${a.id}::uuid`).toEqual([{ nama: a.nama }]);
      return preparedOn(tx);
    });
    expect(prepared).toEqual([]);
  });

  it('prepares nothing with DATABASE_PREPARED_STATEMENTS=off (a transaction-mode pooler)', async () => {
    const a = await createInstansi();
    const prepared = await client('off').$transaction(async (tx) => {
      expect(await namaMarked(tx, a.id)).toEqual([{ nama: a.nama }]);
      return preparedOn(tx);
    });
    expect(prepared).toEqual([]);
  });

  it("prepares the actor's statement (every signed-in page) and answers each person right past the generic-plan switch", async () => {
    const a = await createWorld();
    const b = await createPegawai(a.instansi.id, a.opd.id);
    const now = new Date();
    const prepared = await client().$transaction(async (tx) => {
      for (let i = 0; i < 7; i++) {
        const [kepala] = await tx.$queryRaw<{ id: string; penugasan: { jabatanId: string }[] }[]>(actorSql(a.kepala.id, null, now, '2026-11-23'));
        expect(kepala?.penugasan.map((p) => p.jabatanId)).toEqual([a.kepalaJabatan.id]);
        const [other] = await tx.$queryRaw<{ id: string; penugasan: unknown[] }[]>(actorSql(b.id, null, now, '2026-11-23'));
        expect(other).toMatchObject({ id: b.id, penugasan: [] });
      }
      return preparedOn(tx);
    });
    expect(prepared.filter((p) => p.statement.startsWith('/* prepared */'))).toHaveLength(1);
  });

  // The letter head is prepared so that it is not planned on every letter page. Whether PostgreSQL
  // takes the generic plan depends on the volume (on this small database it would either way; at 1M
  // it did only once the ids went in as ARRAY[...], scope-sql's uuidArray: bench/prepared-statements.ts):
  // what this checks is that each letter is answered right before and after the switch.
  it('answers the letter head right before and after its generic plan (from the sixth run on)', async () => {
    const w = await createWorld();
    const actor = (await loadActor(w.kepala.id))!;
    const letters = [
      await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Kepala satu', read: true }),
      await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Kepala dua', read: true }),
    ];
    const plans = await client().$transaction(async (tx) => {
      for (let i = 0; i < 8; i++) {
        for (const d of letters) {
          const [head] = await tx.$queryRaw<{ id: string; adaDelivery: boolean }[]>(headSql(actor, d.naskahId));
          expect(head).toMatchObject({ id: d.naskahId, adaDelivery: true });
        }
      }
      return tx.$queryRaw<{ generic: bigint; custom: bigint }[]>`
        SELECT generic_plans AS generic, custom_plans AS custom FROM pg_prepared_statements WHERE statement LIKE '/* prepared */%"adaDelivery"%'`;
    });
    expect(plans).toHaveLength(1);
    expect(plans[0]!.custom).toBe(5n);
    expect(plans[0]!.generic).toBe(11n);
  });
});
