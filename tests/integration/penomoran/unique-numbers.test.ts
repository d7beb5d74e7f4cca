import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { createInstansi, createOpd, createPegawai } from '../support/factories';
import { createNaskahMenungguTandaTangan, createSigningWorld } from '../support/naskah-factories';

/** The Postgres error code behind a Prisma error, wherever the adapter put it. */
function pgCode(error: unknown): string {
  const text = JSON.stringify(error, Object.getOwnPropertyNames(error as object)) + String((error as { cause?: unknown }).cause ?? '');
  return /23505|Unique constraint/i.test(text) ? '23505' : text.slice(0, 300);
}

describe('the database refuses what the code must never write', () => {
  it('refuses a second internal naskah with the same OPD, sequence, year and number', async () => {
    const w = await createSigningWorld();
    const first = await createNaskahMenungguTandaTangan(w);
    const second = await createNaskahMenungguTandaTangan(w);
    const issued = { nomor: '000.1/0001/UJI/2026', nomorUrut: 1, tahunNomor: 2026, seriNomor: 'NASKAH' };
    await prisma.naskah.update({ where: { id: first.id }, data: issued });
    const error = await prisma.naskah.update({ where: { id: second.id }, data: issued }).catch((e: unknown) => e);
    expect(pgCode(error)).toBe('23505');
    // Another sequence or another year may use the same nomor urut.
    await prisma.naskah.update({ where: { id: second.id }, data: { ...issued, seriNomor: 'SURAT_DINAS', nomor: 'SD/0001/UJI/2026' } });
  });

  it('lets external letters repeat numbers (different senders number alike)', async () => {
    const w = await createSigningWorld();
    const data = { opdId: w.opd.id, sumber: 'EKSTERNAL' as const, status: 'TERCATAT' as const, perihal: 'Surat luar', nomor: '005/12/2026', nomorUrut: 12, tahunNomor: 2026, seriNomor: 'NASKAH' };
    await prisma.naskah.create({ data });
    await expect(prisma.naskah.create({ data })).resolves.toBeTruthy();
  });

  it('refuses a second OPD-wide numbering template (jenis null) and a second ADMIN_INSTANSI grant (opdId null)', async () => {
    const instansi = await createInstansi();
    const opd = await createOpd(instansi.id);
    await prisma.templatePenomoran.create({ data: { opdId: opd.id, jenis: null, template: '{nomor}/{tahun}' } });
    expect(pgCode(await prisma.templatePenomoran.create({ data: { opdId: opd.id, jenis: null, template: '{nomor}/{unit}/{tahun}' } }).catch((e: unknown) => e))).toBe('23505');

    const pegawai = await createPegawai(instansi.id, opd.id);
    await prisma.roleGrant.create({ data: { instansiId: instansi.id, pegawaiId: pegawai.id, role: 'ADMIN_INSTANSI', opdId: null } });
    expect(pgCode(await prisma.roleGrant.create({ data: { instansiId: instansi.id, pegawaiId: pegawai.id, role: 'ADMIN_INSTANSI', opdId: null } }).catch((e: unknown) => e))).toBe('23505');
  });

  it('refuses a second pegawai with the same NIK', async () => {
    const instansi = await createInstansi();
    const opd = await createOpd(instansi.id);
    const first = await createPegawai(instansi.id, opd.id);
    const second = await createPegawai(instansi.id, opd.id);
    expect(pgCode(await prisma.pegawai.update({ where: { id: second.id }, data: { nik: first.nik } }).catch((e: unknown) => e))).toBe('23505');
  });
});
