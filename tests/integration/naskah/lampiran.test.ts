import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { NotFoundError } from '@/lib/domain/errors';
import { TransitionError } from '@/lib/domain/naskah/state-machine';
import { createKonsep } from '@/lib/services/naskah/create-konsep';
import { deleteLampiran } from '@/lib/services/naskah/delete-lampiran';
import { readLampiran } from '@/lib/services/naskah/read-lampiran';
import { renderNaskahPreview } from '@/lib/services/naskah/render-naskah-preview';
import { saveKonsepSchema } from '@/lib/domain/naskah/konsep-schema';
import { buildPdf, onePage } from '../../support/hostile-pdf';
import { pdfText } from '../../support/pdf-tools';
import { saveKonsep } from '@/lib/services/naskah/save-konsep';
import { submitForReview } from '@/lib/services/naskah/submit-for-review';
import { uploadLampiran } from '@/lib/services/naskah/upload-lampiran';
import { actorFor } from '../support/actors';
import { createDraftingWorld, saveInput } from './drafting-world';

const pdf = (extra = '') => buildPdf(onePage(), { suffix: extra });

describe('lampiran', () => {
  it('prints the count with the sebutan the drafter chose on the Lampiran line', async () => {
    const w = await createDraftingWorld();
    const staf = await actorFor(w.staf.pegawai.id);
    const { naskahId } = await createKonsep(staf, { jenis: 'SURAT_UNDANGAN' });
    await uploadLampiran(staf, { naskahId, namaFile: 'denah.pdf', bytes: pdf() });
    await uploadLampiran(staf, { naskahId, namaFile: 'susunan acara.pdf', bytes: pdf() });
    await saveKonsep(staf, saveInput(naskahId, w, { lampiranKeterangan: ' eksemplar ' }));
    expect((await prisma.naskah.findUniqueOrThrow({ where: { id: naskahId } })).lampiranKeterangan).toBe('eksemplar');
    expect((await pdfText(await renderNaskahPreview(staf, naskahId))).replace(/\s+/g, ' ')).toContain('2 (dua) eksemplar');

    await saveKonsep(staf, saveInput(naskahId, w, { lampiranKeterangan: '' }));
    expect((await pdfText(await renderNaskahPreview(staf, naskahId))).replace(/\s+/g, ' ')).toContain('2 (dua) berkas');
    const bad = saveKonsepSchema.safeParse({ ...saveInput(naskahId, w), lampiranKeterangan: '<b>2</b>' });
    expect(bad.error?.issues[0].message).toBe('Sebutan lampiran hanya berisi huruf, misalnya "berkas" atau "eksemplar".');
  });

  it('stores a PDF through the file store, reads it back in scope, deletes it', async () => {
    const w = await createDraftingWorld();
    const staf = await actorFor(w.staf.pegawai.id);
    const { naskahId } = await createKonsep(staf, { jenis: 'NOTA_DINAS' });
    const { berkasId } = await uploadLampiran(staf, { naskahId, namaFile: '../daftar hadir.pdf', bytes: pdf() });
    const row = await prisma.berkas.findUniqueOrThrow({ where: { id: berkasId } });
    expect(row).toMatchObject({ jenis: 'LAMPIRAN', mime: 'application/pdf', namaFile: 'daftar hadir.pdf' });
    expect(row.storageKey).toMatch(new RegExp(`^naskah/${naskahId}/[0-9a-f-]+\\.pdf$`));
    expect((await prisma.naskah.findUniqueOrThrow({ where: { id: naskahId } })).lampiranJumlah).toBe(1);
    expect(new TextDecoder().decode((await readLampiran(staf, berkasId)).bytes)).toContain('%PDF-1.7');

    const other = await createDraftingWorld();
    await expect(readLampiran(await actorFor(other.staf.pegawai.id), berkasId)).rejects.toThrow(NotFoundError);
    await expect(readLampiran(await actorFor(w.kabid2.pegawai.id), berkasId)).rejects.toThrow(NotFoundError);
    // The kasi (default signer) sees the konsep but does not write it.
    await expect(uploadLampiran(await actorFor(w.kasi.pegawai.id), { naskahId, namaFile: 'a.pdf', bytes: pdf() })).rejects.toThrow('Hanya pengonsep');

    await deleteLampiran(staf, { naskahId, berkasId });
    expect(await prisma.berkas.count({ where: { id: berkasId } })).toBe(0);
    await expect(readLampiran(staf, berkasId)).rejects.toThrow(NotFoundError);
  });

  it('refuses a non-PDF, an empty or too large file, and uploads after submission', async () => {
    const w = await createDraftingWorld();
    const staf = await actorFor(w.staf.pegawai.id);
    const { naskahId } = await createKonsep(staf, { jenis: 'SURAT_UNDANGAN' });
    const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    await expect(uploadLampiran(staf, { naskahId, namaFile: 'lampiran.pdf', bytes: html })).rejects.toThrow('harus berkas PDF');
    await expect(uploadLampiran(staf, { naskahId, namaFile: 'a.pdf', bytes: new Uint8Array() })).rejects.toThrow('kosong');
    await expect(uploadLampiran(staf, { naskahId, namaFile: 'a.pdf', bytes: pdf('x'.repeat(11 * 1024 * 1024)) })).rejects.toThrow('paling besar 10 MB');
    expect(await prisma.berkas.count({ where: { naskahId } })).toBe(0);

    await saveKonsep(staf, saveInput(naskahId, w));
    await submitForReview(staf, { naskahId, verifikator: [w.kasi.jabatan.id] });
    await expect(uploadLampiran(staf, { naskahId, namaFile: 'a.pdf', bytes: pdf() })).rejects.toThrow(TransitionError);
  });
});
