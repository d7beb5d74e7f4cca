import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { issueNomor } from '@/lib/services/penomoran/issue-nomor';
import { createInstansi, createOpd } from '../support/factories';

async function opdWithTemplate(template?: { template: string; urutanPerJenis?: boolean; panjangNomor?: number; jenis?: 'SURAT_DINAS' | null }) {
  const instansi = await createInstansi();
  const opd = await createOpd(instansi.id);
  if (template) await prisma.templatePenomoran.create({ data: { opdId: opd.id, jenis: template.jenis ?? null, template: template.template, urutanPerJenis: template.urutanPerJenis ?? false, panjangNomor: template.panjangNomor ?? 4 } });
  return opd;
}

const input = (opdId: string, over: Partial<Parameters<typeof issueNomor>[1]> = {}) => ({
  opdId,
  jenis: 'NOTA_DINAS' as const,
  klasifikasi: '000.1.2.3',
  unit: 'DISKOMINFO',
  tanggal: '2026-11-23',
  ...over,
});

describe('issueNomor', () => {
  it('formats the Permendagri default when the OPD has no template, and counts on', async () => {
    const opd = await opdWithTemplate();
    const first = await prisma.$transaction((tx) => issueNomor(tx, input(opd.id)));
    const second = await prisma.$transaction((tx) => issueNomor(tx, input(opd.id)));
    expect(first).toEqual({ nomor: '000.1.2.3/0001/DISKOMINFO/2026', nomorUrut: 1, tahun: 2026, seri: 'NASKAH' });
    expect(second.nomor).toBe('000.1.2.3/0002/DISKOMINFO/2026');
  });

  it('uses the jenis template before the OPD default, with its own sequence when urutanPerJenis', async () => {
    const opd = await opdWithTemplate({ template: '{klasifikasi}/{nomor}/{unit}/{tahun}' });
    await prisma.templatePenomoran.create({ data: { opdId: opd.id, jenis: 'SURAT_DINAS', template: '{jenis}-{nomor}/{unit}/{bulan_romawi}/{tahun}', urutanPerJenis: true, panjangNomor: 3 } });
    await prisma.$transaction((tx) => issueNomor(tx, input(opd.id)));
    const sd = await prisma.$transaction((tx) => issueNomor(tx, input(opd.id, { jenis: 'SURAT_DINAS' })));
    const nd = await prisma.$transaction((tx) => issueNomor(tx, input(opd.id)));
    expect(sd).toMatchObject({ nomor: 'SD-001/DISKOMINFO/XI/2026', nomorUrut: 1, seri: 'SURAT_DINAS' });
    expect(nd).toMatchObject({ nomor: '000.1.2.3/0002/DISKOMINFO/2026', seri: 'NASKAH' });
  });

  it('starts again at 1 in a new year', async () => {
    const opd = await opdWithTemplate();
    await prisma.$transaction((tx) => issueNomor(tx, input(opd.id, { tanggal: '2026-12-31' })));
    const next = await prisma.$transaction((tx) => issueNomor(tx, input(opd.id, { tanggal: '2027-01-01' })));
    expect(next).toMatchObject({ nomor: '000.1.2.3/0001/DISKOMINFO/2027', nomorUrut: 1 });
  });

  it('returns the number when the transaction rolls back: no gap', async () => {
    const opd = await opdWithTemplate();
    await expect(
      prisma.$transaction(async (tx) => {
        await issueNomor(tx, input(opd.id));
        throw new Error('penandatanganan gagal');
      }),
    ).rejects.toThrow('penandatanganan gagal');
    const next = await prisma.$transaction((tx) => issueNomor(tx, input(opd.id)));
    expect(next.nomorUrut).toBe(1);
  });

  it('gives 40 concurrent transactions 40 consecutive numbers, with failures in between leaving no gap', async () => {
    const opd = await opdWithTemplate();
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        prisma.$transaction(
          async (tx) => {
            const issued = await issueNomor(tx, input(opd.id));
            if (i % 5 === 0) throw new Error('gagal');
            return issued.nomorUrut;
          },
          { maxWait: 60_000, timeout: 60_000 },
        ),
      ),
    );
    const issued = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])).sort((a, b) => a - b);
    expect(issued).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
  });
});
