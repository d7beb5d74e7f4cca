import { randomInt } from 'node:crypto';
import { expect, test } from './support/test';
import { withE2eDatabase } from './support/e2e-database';
import { accountOf, storageStateOf } from './support/roles';
import { shotForPeople } from './support/shot-for-people';

// A kode klasifikasi renamed and retired from its page (it could only be added or imported). The
// test's own leaf code under 000.1.11, removed at the end, so the demo list stays as it was.

test.use({ storageState: storageStateOf('admin') });

test('klasifikasi: ganti nama, nonaktifkan (asks first), aktifkan kembali', async ({ page }, testInfo) => {
  const kode = `000.1.11.${100 + randomInt(900)}`;
  const id = await withE2eDatabase(async (prisma) => {
    const { instansiId } = await prisma.pegawai.findUniqueOrThrow({ where: { nip: accountOf('admin').nip }, select: { instansiId: true } });
    const parent = await prisma.klasifikasiArsip.findFirstOrThrow({ where: { instansiId, kode: '000.1.11' }, select: { id: true } });
    await prisma.klasifikasiArsip.deleteMany({ where: { instansiId, kode } });
    return (await prisma.klasifikasiArsip.create({ data: { instansiId, kode, nama: 'Parkir Kendaran Dinas', parentId: parent.id }, select: { id: true } })).id;
  });
  try {
    await page.goto('/admin/klasifikasi');
    await page.getByRole('searchbox', { name: 'Cari kode atau nama klasifikasi' }).fill(kode);
    await page.getByRole('searchbox', { name: 'Cari kode atau nama klasifikasi' }).press('Enter');
    await page.getByRole('link', { name: `Ubah JRA ${kode}` }).click();

    const nama = page.getByRole('form', { name: 'Ganti nama klasifikasi' });
    await nama.getByLabel('Nama').fill('Parkir Kendaraan Dinas');
    await nama.getByRole('button', { name: 'Ganti nama' }).click();
    await expect(nama.getByRole('status')).toHaveText('Nama klasifikasi diganti.');
    await expect(page.getByText('Parkir Kendaraan Dinas', { exact: true }).first()).toBeVisible();

    const tanya = page.getByRole('group', { name: new RegExp(`^Nonaktifkan kode ${kode.replaceAll('.', '\\.')}\\?`) });
    await page.getByRole('button', { name: 'Nonaktifkan kode' }).click();
    await tanya.getByRole('button', { name: 'Batal' }).click();
    await expect(tanya).toHaveCount(0);
    await page.getByRole('button', { name: 'Nonaktifkan kode' }).click();
    await shotForPeople(page, { path: testInfo.outputPath('1-tanya.png'), fullPage: true });
    await tanya.getByRole('button', { name: 'Ya, nonaktifkan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Kode dinonaktifkan' })).toBeVisible();
    await expect(page.getByText('nonaktif', { exact: true })).toBeVisible();
    await shotForPeople(page, { path: testInfo.outputPath('2-nonaktif.png'), fullPage: true });
    await page.getByRole('button', { name: 'Aktifkan kembali' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Kode diaktifkan kembali' })).toBeVisible();
    await expect(page.getByText('nonaktif', { exact: true })).toHaveCount(0);
  } finally {
    await withE2eDatabase((prisma) => prisma.klasifikasiArsip.delete({ where: { id } }));
  }
});
