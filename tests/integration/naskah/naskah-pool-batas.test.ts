// What a drafter is told when the naskah pool cannot do the work: its CPU budget spent (a naskah too
// heavy for the server) or its queue full (many previews at once). Budgets are made tiny for this
// file's own process, before the pool is first used: one worker, one job waiting, 1 ms of CPU.
process.env.NASKAH_WORKERS = '1';
process.env.NASKAH_QUEUE_PER_WORKER = '1';
process.env.NASKAH_TASK_TIMEOUT_MS = '1';

import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { DomainError } from '@/lib/domain/errors';
import { createKonsep } from '@/lib/services/naskah/create-konsep';
import { KONTEN_INLINE_MAX, prepareKontenTerpisah } from '@/lib/services/naskah/naskah-pool';
import { renderNaskahPreview } from '@/lib/services/naskah/render-naskah-preview';
import { saveKonsep } from '@/lib/services/naskah/save-konsep';
import { actorFor } from '../support/actors';
import { createDraftingWorld, KONTEN_UNDANGAN, saveInput } from './drafting-world';

const SARAN = 'Pindahkan rincian ke lampiran.';
const alinea = `<p>${'Sehubungan dengan pelaksanaan evaluasi sistem pemerintahan berbasis elektronik. '.repeat(10)}</p>`;

describe('the naskah pool out of budget', () => {
  it('answers a preview it cannot take, and one it cannot finish, in Indonesian; a large konsep is not saved', async () => {
    expect((globalThis as { workerPools?: Map<string, unknown> }).workerPools?.has('naskah') ?? false).toBe(false);
    const w = await createDraftingWorld();
    const staf = await actorFor(w.staf.pegawai.id);
    const { naskahId } = await createKonsep(staf, { jenis: 'SURAT_UNDANGAN' });
    await saveKonsep(staf, saveInput(naskahId, w)); // small konten: sanitized where it arrives

    // The worker is still starting: whichever preview comes first waits in the queue, the other finds it full.
    const jawaban = await Promise.all([1, 2].map(() => renderNaskahPreview(staf, naskahId).catch((e: unknown) => e)));
    for (const j of jawaban) expect(j).toBeInstanceOf(DomainError);
    const pesan = (jawaban as Error[]).map((e) => e.message);
    const sibuk = 'Server sedang memproses banyak naskah. Coba lagi beberapa saat lagi.';
    expect(pesan).toContain(sibuk);
    const lewat = pesan.find((p) => p !== sibuk);
    // The one that waited ran, and overran its 1 ms of CPU.
    expect(lewat).toMatch(new RegExp(`^Naskah terlalu panjang untuk diproses dalam \\S+ detik\\. ${SARAN}$`));

    // A konten over KONTEN_INLINE_MAX is sanitized in the pool: overrunning it refuses the save and changes nothing.
    const sebelum = await prisma.naskah.findUniqueOrThrow({ where: { id: naskahId }, select: { konten: true, updatedAt: true } });
    const besar = { ...KONTEN_UNDANGAN, pembuka: alinea.repeat(Math.ceil((2 * KONTEN_INLINE_MAX) / alinea.length)) };
    expect(JSON.stringify(besar).length).toBeGreaterThan(KONTEN_INLINE_MAX);
    const refused = await saveKonsep(staf, saveInput(naskahId, w, { konten: besar })).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as Error).message).toMatch(/^Naskah terlalu panjang untuk diproses dalam \S+ detik\./);
    expect(await prisma.naskah.findUniqueOrThrow({ where: { id: naskahId }, select: { konten: true, updatedAt: true } })).toEqual(sebelum);

    // The same function answers, rather than throws, to the other callers (edit as verifikator, submit).
    const langsung = await prepareKontenTerpisah('SURAT_UNDANGAN', besar);
    expect(langsung).toMatchObject({ ok: false, message: expect.stringMatching(/^Naskah terlalu panjang untuk diproses/) });
  });
});
