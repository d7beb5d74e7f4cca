import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { jsonPayload } from '@/lib/actions/json-payload';
import { DomainError } from '@/lib/domain/errors';
import { FORBIDDEN_CHARACTER_MESSAGE } from '@/lib/domain/input/fields';
import { saveKonsepSchema } from '@/lib/domain/naskah/konsep-schema';
import { RICH_TEXT_TOO_DEEP_MESSAGE } from '@/lib/domain/naskah/rich-text-depth';
import { createKonsep } from '@/lib/services/naskah/create-konsep';
import { saveKonsep } from '@/lib/services/naskah/save-konsep';
import { actorFor } from '../support/actors';
import { createDraftingWorld } from '../naskah/drafting-world';

// The adversarial suite's konsep bodies that used to end in "Terjadi kesalahan di server": a NUL
// in the body (PostgreSQL refuses \u0000 in jsonb) and a body nested 10,000 levels deep. Each is
// now a DomainError with a clear message, and the stored draft is unchanged.

async function draft() {
  const w = await createDraftingWorld();
  const staf = await actorFor(w.staf.pegawai.id);
  const { naskahId } = await createKonsep(staf, { jenis: 'NOTA_DINAS' });
  const save = (konten: unknown, perihal = 'Nota uji') =>
    saveKonsep(staf, saveKonsepSchema.parse({ naskahId, mode: 'autosave', perihal, konten }));
  return { naskahId, save };
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => {
      if (error instanceof DomainError) return error.message;
      throw error;
    },
  );

describe('hostile konsep bodies reach a clear refusal, never PostgreSQL', () => {
  it('a NUL inside the body', async () => {
    const { naskahId, save } = await draft();
    await save({ isi: '<p>Isi awal</p>' });
    expect(await refusal(save({ isi: '<p>Mohon\u0000hadir</p>' }))).toBe(FORBIDDEN_CHARACTER_MESSAGE);
    expect((await prisma.naskah.findUniqueOrThrow({ where: { id: naskahId } })).konten).toEqual({ isi: '<p>Isi awal</p>' });
  });

  it('a body nested 10,000 levels deep, as HTML and as JSON', async () => {
    const { save } = await draft();
    const html = '<ul><li>'.repeat(10_000) + 'x' + '</li></ul>'.repeat(10_000);
    expect(await refusal(save({ isi: html }))).toBe(RICH_TEXT_TOO_DEEP_MESSAGE);
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = { isi: deep };
    expect(await refusal(save(deep))).toMatch(/bertingkat terlalu dalam/);
  });

  it('the whole payload nested 10,000 levels deep is refused by the action parser itself', () => {
    // Written out by hand: JSON.stringify itself overflows the stack at this depth.
    const konten = '['.repeat(10_000) + '"x"' + ']'.repeat(10_000);
    const payload = `{"naskahId":"${crypto.randomUUID()}","mode":"autosave","perihal":"","konten":${konten}}`;
    const parsed = jsonPayload(saveKonsepSchema).safeParse({ payload });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].message).toMatch(/bertingkat terlalu dalam/);
  });
});
