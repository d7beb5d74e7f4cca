import { describe, expect, it } from 'vitest';
import { DomainError, NotFoundError } from '@/lib/domain/errors';
import { approveNaskah } from '@/lib/services/naskah/approve-naskah';
import { createKonsep } from '@/lib/services/naskah/create-konsep';
import { renderNaskahPreview } from '@/lib/services/naskah/render-naskah-preview';
import { saveKonsep } from '@/lib/services/naskah/save-konsep';
import { submitForReview } from '@/lib/services/naskah/submit-for-review';
import { actorFor } from '../support/actors';
import { tahananLoop } from '../support/event-loop';
import { createDraftingWorld, KONTEN_UNDANGAN, saveInput } from './drafting-world';

describe('live preview', () => {
  it('renders the draft as a PDF for the drafter and the chain, and nothing for outsiders', async () => {
    const w = await createDraftingWorld();
    const staf = await actorFor(w.staf.pegawai.id);
    const kasi = await actorFor(w.kasi.pegawai.id);
    const { naskahId } = await createKonsep(staf, { jenis: 'SURAT_UNDANGAN' });
    await saveKonsep(staf, saveInput(naskahId, w));
    const pdf = await renderNaskahPreview(staf, naskahId);
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');

    await submitForReview(staf, { naskahId, verifikator: [w.kasi.jabatan.id] });
    await approveNaskah(kasi, naskahId);
    expect((await renderNaskahPreview(kasi, naskahId)).byteLength).toBeGreaterThan(1000);

    const other = await createDraftingWorld();
    await expect(renderNaskahPreview(await actorFor(other.kepala.id), naskahId)).rejects.toThrow(NotFoundError);
    await expect(renderNaskahPreview(await actorFor(w.kabid2.pegawai.id), naskahId)).rejects.toThrow(NotFoundError);
  });

  it('renders a long naskah off the event loop, and says so when it is longer than a naskah may be', async () => {
    const w = await createDraftingWorld();
    const staf = await actorFor(w.staf.pegawai.id);
    const { naskahId } = await createKonsep(staf, { jenis: 'SURAT_UNDANGAN' });
    const alinea = `<p>${'Sehubungan dengan pelaksanaan evaluasi sistem pemerintahan berbasis elektronik tahun anggaran berjalan, '.repeat(8)}</p>`;
    // About 160,000 characters: some forty pages, about a second of the renderer's CPU.
    await saveKonsep(staf, saveInput(naskahId, w, { konten: { ...KONTEN_UNDANGAN, pembuka: alinea.repeat(190) } }));
    await renderNaskahPreview(staf, naskahId); // the pool's worker started and warm

    // Every other request of the process goes on meanwhile: a timer keeps its beat.
    const { hasil: pdf, lama, terlambat } = await tahananLoop(() => renderNaskahPreview(staf, naskahId));
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    console.info(`[figure] preview of a ${pdf.byteLength} byte naskah: ${lama.toFixed(0)} ms, event loop held at most ${terlambat.toFixed(0)} ms`);
    expect(terlambat).toBeLessThan(Math.max(100, lama / 4));

    // Longer than MAX_HALAMAN pages: the renderer's own reason, through the worker.
    await saveKonsep(staf, saveInput(naskahId, w, { konten: { ...KONTEN_UNDANGAN, pembuka: alinea.repeat(230), penutup: alinea.repeat(230) } }));
    const refused = await renderNaskahPreview(staf, naskahId).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as Error).message).toMatch(/^Naskah terlalu panjang \(\d+ halaman, paling banyak 60\)\. Pindahkan rincian ke lampiran\.$/);
  });
});
