// Migration gin_daftar_tunda_kecil: every GIN index keeps its pending list short (at most 128 kB),
// because every search that uses the index reads the whole list. PostgreSQL's default (4 MB) let a
// list grow to hundreds of pages between vacuums (bench/gin-daftar-tunda.ts: a rare word's search
// 0.31 ms with a short list, 1.46 ms with a long one at 10k letters). A GIN index added later without
// the setting fails here.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';

const BATAS_KB = 128;

interface IndeksGin {
  name: string;
  reloptions: string[] | null;
}

describe('GIN pending lists', () => {
  it('are limited to 128 kB on every GIN index of the schema', async () => {
    const indexes = await prisma.$queryRaw<IndeksGin[]>`
      SELECT c.relname AS name, c.reloptions FROM pg_class c JOIN pg_am a ON a.oid = c.relam
      WHERE a.amname = 'gin' AND c.relkind = 'i' AND c.relnamespace = current_schema()::regnamespace
      ORDER BY c.relname`;
    // The search's own indexes are among them: the list is not empty because of a wrong query.
    expect(indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['Naskah_cari_pembacaJabatanIds_idx', 'TindakLanjut_cari_idx', 'PenerimaDisposisi_cari_idx']));
    const limits = Object.fromEntries(
      indexes.map((i) => {
        const option = (i.reloptions ?? []).find((o) => o.startsWith('gin_pending_list_limit='));
        return [i.name, option ? Number(option.split('=')[1]) : null];
      }),
    );
    for (const [name, limit] of Object.entries(limits)) expect({ name, limit }).toEqual({ name, limit: BATAS_KB });
  });
});
