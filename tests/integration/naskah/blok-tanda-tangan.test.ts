import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { barisBlokTandaTangan } from '@/lib/domain/naskah/blok-tanda-tangan';
import { createKonsep } from '@/lib/services/naskah/create-konsep';
import { listDraftOptions } from '@/lib/services/naskah/list-draft-options';
import { renderNaskahPreview } from '@/lib/services/naskah/render-naskah-preview';
import { saveKonsep } from '@/lib/services/naskah/save-konsep';
import { pdfText } from '../../support/pdf-tools';
import { actorFor } from '../support/actors';
import { createDraftingWorld, saveInput } from './drafting-world';

// The editor's "Blok tanda tangan" showed its own lines (no region after a pimpinan's post, no gelar,
// pangkat or NIP, no perantara under u.b., "Plt." under a.n.); it now reads what the PDF prints.
describe('the editor previews the signature block the PDF prints', () => {
  it.each([
    ['the Kepala in his own name', 'kepala', false],
    ['a kabid a.n. the Kepala', 'kabid', true],
    ['a kasi a.n. the Kepala u.b. the kabid', 'kasi', true],
  ] as const)('%s', async (_name, siapa, atasNama) => {
    const w = await createDraftingWorld();
    const jabatanId = siapa === 'kepala' ? w.kepalaJabatan.id : w[siapa].jabatan.id;
    const pegawaiId = siapa === 'kepala' ? w.kepala.id : w[siapa].pegawai.id;
    await prisma.pegawai.update({ where: { id: pegawaiId }, data: { gelarDepan: 'Dr.', gelarBelakang: 'S.Kom., M.T.', golongan: 'IV/a' } });
    const staf = await actorFor(w.staf.pegawai.id);
    const { naskahId } = await createKonsep(staf, { jenis: 'SURAT_UNDANGAN' });
    await saveKonsep(staf, saveInput(naskahId, w, { penandatanganJabatanId: jabatanId, atasNamaPimpinan: atasNama }));

    const signer = (await listDraftOptions(staf, w.staf.jabatan.id)).signers.find((s) => s.id === jabatanId)!;
    const blok = barisBlokTandaTangan(signer.blok, atasNama);
    const pratinjau = [...blok.jabatan, blok.nama, ...blok.bawah];
    expect(blok.nama).toMatch(/^Dr\. .+, S\.Kom\., M\.T\.$/);
    expect(blok.bawah).toEqual(['Pembina (IV/a)', expect.stringMatching(/^NIP \d{18}$/)]);
    if (siapa === 'kasi') expect(blok.jabatan).toEqual([expect.stringMatching(/^a\.n\. /), `${w.kabid.jabatan.nama},`, 'u.b.', `${w.kasi.jabatan.nama},`]);

    // Every preview line is printed, in the same order, in the PDF the drafter previews.
    const text = (await pdfText(await renderNaskahPreview(staf, naskahId))).replace(/\s+/g, ' ');
    let dari = 0;
    for (const baris of pratinjau) {
      const i = text.indexOf(baris, dari);
      expect(i, `"${baris}" in the PDF after position ${dari}`).toBeGreaterThanOrEqual(0);
      dari = i + baris.length;
    }
  });
});
