import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { saveTemplatePenomoran } from '@/lib/services/admin/save-template-penomoran';
import { createAdminWorld } from '../admin/admin-world';

describe('saving a numbering template', () => {
  it('refuses a Surat Dinas sequence that prints like the OPD default (the review issued 000.1/0001/UJI/2026 twice)', async () => {
    const w = await createAdminWorld();
    await saveTemplatePenomoran(w.adminOpd, { opdId: w.opd.id, jenis: null, template: '{klasifikasi}/{nomor}/{unit}/{tahun}', panjangNomor: 4, urutanPerJenis: false });
    await expect(
      saveTemplatePenomoran(w.adminOpd, { opdId: w.opd.id, jenis: 'SURAT_DINAS', template: '{klasifikasi}/{nomor}/{unit}/{tahun}', panjangNomor: 4, urutanPerJenis: true }),
    ).rejects.toMatchObject({ fieldErrors: { template: [expect.stringContaining('{jenis}')] } });
    expect(await prisma.templatePenomoran.count({ where: { opdId: w.opd.id, jenis: 'SURAT_DINAS' } })).toBe(0);

    await saveTemplatePenomoran(w.adminOpd, { opdId: w.opd.id, jenis: 'SURAT_DINAS', template: '{klasifikasi}/{jenis}.{nomor}/{unit}/{tahun}', panjangNomor: 4, urutanPerJenis: true });
    expect(await prisma.templatePenomoran.count({ where: { opdId: w.opd.id, jenis: 'SURAT_DINAS' } })).toBe(1);
  });
});
