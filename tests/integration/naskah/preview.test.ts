import { describe, expect, it } from 'vitest';
import { NotFoundError } from '@/lib/domain/errors';
import { approveNaskah } from '@/lib/services/naskah/approve-naskah';
import { createKonsep } from '@/lib/services/naskah/create-konsep';
import { renderNaskahPreview } from '@/lib/services/naskah/render-naskah-preview';
import { saveKonsep } from '@/lib/services/naskah/save-konsep';
import { submitForReview } from '@/lib/services/naskah/submit-for-review';
import { actorFor } from '../support/actors';
import { createDraftingWorld, saveInput } from './drafting-world';

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
});
