// The klasifikasi admin page at the size of a full Permendagri 83/2022 list: a search by kode or
// name, at most JRA_TAMPIL_MAX rows, and the counts the page states.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { ForbiddenError } from '@/lib/domain/errors';
import { klasifikasiCariSchema } from '@/lib/domain/admin/schemas';
import { JRA_TAMPIL_MAX, listJra } from '@/lib/services/arsip/list-jra';
import { actorFor } from '../support/actors';
import { createPegawai, createWorld, grantRole } from '../support/factories';

async function adminOf(w: Awaited<ReturnType<typeof createWorld>>) {
  const admin = await createPegawai(w.instansi.id, w.opd.id);
  await grantRole(w.instansi.id, admin.id, 'ADMIN_INSTANSI', null);
  return actorFor(admin.id);
}

describe('listJra', () => {
  it('lists at most JRA_TAMPIL_MAX codes in kode order, and counts them all', async () => {
    const w = await createWorld();
    await prisma.klasifikasiArsip.createMany({
      data: Array.from({ length: JRA_TAMPIL_MAX + 50 }, (_, i) => ({ instansiId: w.instansi.id, kode: `400.${i + 1}`, nama: `Urusan ${i + 1}`, ...(i < 10 ? { retensiAktif: 2, retensiInaktif: 3, keteranganRetensi: 'MUSNAH' as const } : {}) })),
    });
    const other = await createWorld();
    await prisma.klasifikasiArsip.create({ data: { instansiId: other.instansi.id, kode: '400.1', nama: 'Pemda lain' } });
    const admin = await adminOf(w);
    const semua = await listJra(admin);
    expect(semua.rows).toHaveLength(JRA_TAMPIL_MAX);
    expect(semua.rows.map((k) => k.kode)).toEqual([...semua.rows.map((k) => k.kode)].sort());
    expect({ cocok: semua.cocok, total: semua.total, tanpaJra: semua.tanpaJra }).toEqual({ cocok: JRA_TAMPIL_MAX + 50, total: JRA_TAMPIL_MAX + 50, tanpaJra: JRA_TAMPIL_MAX + 40 });
    // A kode's start or a word of the name, case ignored; wildcards are letters.
    const kode = async (teks: string) => (await listJra(admin, { teks })).rows.map((k) => k.kode);
    expect(await kode('400.25')).toEqual(['400.25', '400.250']);
    expect(await kode('URUSAN 249')).toEqual(['400.249']);
    expect(await kode('%')).toEqual([]);
    const cari = await listJra(admin, { teks: '400.1' });
    expect(cari.cocok).toBe(1 + 10 + 100);
    expect(cari.total).toBe(JRA_TAMPIL_MAX + 50);
  });

  it('answers only those who may see the admin pages; the search is checked in Indonesian', async () => {
    const w = await createWorld();
    await expect(listJra(await actorFor(w.kepala.id))).rejects.toBeInstanceOf(ForbiddenError);
    expect(klasifikasiCariSchema.safeParse({ q: 'a'.repeat(61) }).error?.issues.map((i) => i.message)).toEqual(['Pencarian kode klasifikasi paling panjang 60 karakter.']);
    expect(klasifikasiCariSchema.parse({ q: '  ' })).toEqual({ q: undefined });
  });
});
