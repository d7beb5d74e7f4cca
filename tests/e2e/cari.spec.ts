import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { expect, test } from './support/test';
import { DEMO_PASSPHRASE } from '../../prisma/seed/steps/issue-demo-certificates';
import { withE2eDatabase } from './support/e2e-database';
import { seedNaskahMenungguTandaTangan } from './support/naskah-seed';
import { openOnceShown } from './support/open-once-shown';
import { registerSuratMasuk } from './support/register-surat';
import { storageStateOf } from './support/roles';
import { demoAccount } from '../../prisma/seed/demo-accounts';

// The Kepala Dinas finds a naskah from the header's search box by a phrase of its body, opens it from
// the results and signs it; then finds it again by a fragment of its new number, and from Arsip
// (desktop, and the phone project at 390x844).
test.use({ storageState: storageStateOf('kepala') });

/** A phrase no other letter has, put into the seeded naskah's body. */
async function giveBodyPhrase(naskahId: string, phrase: string) {
  await withE2eDatabase((prisma) => prisma.naskah.update({ where: { id: naskahId }, data: { konten: { isi: `<p>Dengan hormat, kami laporkan ${phrase} sesuai rencana kerja.</p>` } } }));
}

test('find a naskah by a phrase of its body and by a fragment of its number, open it, and find it again from Arsip', async ({ page }) => {
  test.setTimeout(300_000);
  const unik = randomUUID().replace(/[^a-f]/g, '').slice(0, 8);
  const perihal = `Laporan pemeliharaan jaringan ${unik}`;
  const naskahId = await seedNaskahMenungguTandaTangan(perihal);
  const phrase = `pemasangan menara ${unik}bts`;
  await giveBodyPhrase(naskahId, phrase);

  await page.goto('/');
  const box = page.getByRole('search', { name: 'Cari surat' }).getByRole('searchbox');
  await expect(box).toBeVisible();
  await box.fill(`"${phrase}"`);
  await box.press('Enter');
  await expect(page).toHaveURL(/\/cari\?q=/);
  const results = page.getByRole('list', { name: 'Hasil pencarian' });
  await expect(results.getByRole('link')).toHaveCount(1);
  await expect(results.locator('blockquote mark').first()).toHaveText('pemasangan');
  await results.getByRole('link', { name: perihal }).click();
  await expect(page).toHaveURL(new RegExp(`/tanda-tangan/${naskahId}$`));
  await expect(page.getByRole('heading', { name: perihal })).toBeVisible();

  await page.getByLabel('Passphrase sertifikat elektronik').fill(DEMO_PASSPHRASE);
  await page.getByRole('button', { name: 'Tandatangani' }).click();
  await expect(page.getByTestId('signed-result')).toBeVisible({ timeout: 90_000 });
  const nomor = (await page.getByTestId('nomor-naskah').textContent())!;
  // 000.1/0042/DISKOMINFO/2026: search "0042/DISKOMINFO/2026", a fragment of it.
  const fragment = nomor.split('/').slice(1).join('/');

  await page.goto(`/cari?q=${encodeURIComponent(fragment)}`);
  await expect(page.getByRole('list', { name: 'Hasil pencarian' }).getByRole('link', { name: perihal })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Hasil pencarian' }).locator('mark', { hasText: 'DISKOMINFO' }).first()).toBeVisible();
  await page.getByRole('list', { name: 'Hasil pencarian' }).getByRole('link', { name: perihal }).click();
  await expect(page.getByTestId('nomor-naskah')).toHaveText(nomor);

  // An old link to a page past the last one the search shows says so and shows page 1; a page past
  // this search's results says it is empty and links to page 1.
  await page.goto(`/cari?q=${encodeURIComponent(fragment)}&halaman=25`);
  await expect(page.getByText('Halaman 25 tidak tersedia')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Hasil pencarian' }).getByRole('link', { name: perihal })).toBeVisible();
  await page.goto(`/cari?q=${encodeURIComponent(fragment)}&halaman=9`);
  await expect(page.getByText('Halaman 9 kosong')).toBeVisible();
  await expect(page.getByText('Tidak ada surat yang cocok')).toHaveCount(0);
  await page.getByRole('link', { name: 'Lihat halaman 1' }).click();
  await expect(page.getByRole('list', { name: 'Hasil pencarian' }).getByRole('link', { name: perihal })).toBeVisible();

  await page.goto('/arsip');
  await page.getByRole('list', { name: 'Arsip' }).getByRole('link', { name: perihal }).click();
  await expect(page).toHaveURL(new RegExp(`/tanda-tangan/${naskahId}$`));
  await expect(page.getByTestId('nomor-naskah')).toHaveText(nomor);
  await expect(page.getByTestId('verifikasi-link')).toBeVisible();
});

test('a hal written as markup is shown as text in the results, its searched word marked, and runs nothing', async ({ page }) => {
  const unik = randomUUID().replace(/[^a-f]/g, '').slice(0, 8);
  const perihal = `<img src=x onerror="window.__xss=1"> Rapat "darurat" & ${unik}rapat</mark><script>window.__xss=2</script>`;
  await seedNaskahMenungguTandaTangan(perihal);

  await page.goto(`/cari?q=${encodeURIComponent(`${unik}rapat`)}`);
  const results = page.getByRole('list', { name: 'Hasil pencarian' });
  await expect(results.getByRole('link')).toHaveCount(1);
  await expect(results.getByRole('link')).toHaveText(perihal);
  // Only the searched word is marked: the markup around it is text, not elements.
  await expect(results.getByRole('link').locator('mark')).toHaveText([`${unik}rapat`]);
  await expect(results.locator('img, script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

/** Files the seeded naskah under a kode klasifikasi arsip of its instansi. */
async function fileUnder(naskahId: string, kode: string) {
  await withE2eDatabase(async (prisma) => {
    const naskah = await prisma.naskah.findUniqueOrThrow({ where: { id: naskahId }, select: { opd: { select: { instansiId: true } } } });
    const klasifikasi = await prisma.klasifikasiArsip.findUniqueOrThrow({ where: { instansiId_kode: { instansiId: naskah.opd.instansiId, kode } } });
    await prisma.naskah.update({ where: { id: naskahId }, data: { klasifikasiArsipId: klasifikasi.id } });
  });
}

test('the klasifikasi filter suggests codes as one types, filters by the kode, and names one the instansi has not got', async ({ page }) => {
  const unik = randomUUID().replace(/[^a-f]/g, '').slice(0, 8);
  const naskahId = await seedNaskahMenungguTandaTangan(`Perjalanan dinas ${unik}tugas`);
  await fileUnder(naskahId, '000.1.2');

  await page.goto(`/cari?q=${unik}tugas`);
  const form = page.getByRole('search', { name: 'Cari dan saring' });
  await form.locator('summary').click();
  const kode = form.getByLabel('Klasifikasi arsip');
  // The page carries no list of codes: they are asked for as one types, by a word of the name too.
  await expect(page.getByTestId('klasifikasi-pilihan').locator('option')).toHaveCount(0);
  await kode.fill('perjalanan dinas');
  await expect(page.getByTestId('klasifikasi-pilihan').locator('option[value="000.1.2"]')).toHaveCount(1);
  await kode.fill('000.1.2');
  await form.getByRole('button', { name: 'Cari', exact: true }).click();
  await expect(page).toHaveURL(/klasifikasi=000\.1\.2/);
  const results = page.getByRole('list', { name: 'Hasil pencarian' });
  await expect(results.getByRole('link')).toHaveCount(1);
  await expect(form.getByLabel('Klasifikasi arsip')).toHaveValue('000.1.2');
  await expect(page.getByTestId('notice')).toHaveCount(0);

  // Another code finds nothing; a code the instansi has not got says so.
  await page.goto(`/cari?q=${unik}tugas&klasifikasi=000.1`);
  await expect(page.getByText('Tidak ada surat yang cocok')).toBeVisible();
  await page.goto(`/cari?q=${unik}tugas&klasifikasi=999.9`);
  await expect(page.getByTestId('notice')).toContainText('Kode klasifikasi arsip 999.9 tidak ada di instansi Anda');
  // A name typed without picking its code is named back, and the search runs without that filter.
  await page.goto(`/cari?q=${unik}tugas&klasifikasi=${encodeURIComponent('<b>perjalanan</b>')}`);
  await expect(page.getByTestId('notice')).toContainText('Kode klasifikasi arsip “<b>perjalanan</b>” tidak dikenal, saringan klasifikasi diabaikan');
  await expect(page.getByRole('list', { name: 'Hasil pencarian' }).getByRole('link')).toHaveCount(1);
  await expect(form.getByLabel('Klasifikasi arsip')).toHaveValue('<b>perjalanan</b>');
});

test('a letter found through a disposisi catatan says so, with the catatan as text and its word marked', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const unik = randomUUID().replace(/[^a-f]/g, '').slice(0, 8);
  const catatan = `<b onmouseover="window.__xss=3">Tinjau</b> lapangan ke Desa ${unik}jaya dan laporkan.`;
  // Its own letter in the Kepala Dinas's inbox, registered by the TU clerk: the spec needs no other's.
  const perihal = `Permohonan peninjauan lokasi ${unik}`;
  await registerSuratMasuk(browser, perihal);
  await withE2eDatabase(async (prisma) => {
    const kepala = await prisma.pegawai.findUniqueOrThrow({ where: { nip: demoAccount('kepala').nip }, select: { id: true, penugasan: { where: { jenis: 'DEFINITIF' }, select: { jabatanId: true } } } });
    const jabatanId = kepala.penugasan[0]!.jabatanId;
    const delivery = await prisma.delivery.findFirstOrThrow({ where: { jabatanId, naskah: { perihal } }, select: { id: true, naskahId: true } });
    const bawahan = await prisma.jabatan.findFirstOrThrow({ where: { parentId: jabatanId }, select: { id: true } });
    // As giveDisposisi writes it; the triggers give the recipient row its words.
    await prisma.disposisi.create({
      data: {
        naskahId: delivery.naskahId, deliveryId: delivery.id, dariJabatanId: jabatanId, dariPegawaiId: kepala.id, instruksi: [], catatan,
        penerima: { create: [{ jabatanId: bawahan.id, dariJabatanId: jabatanId }] },
      },
    });
  });

  await page.goto(`/cari?q=${encodeURIComponent(`${unik}jaya`)}`);
  const results = page.getByRole('list', { name: 'Hasil pencarian' });
  await expect(results.getByRole('link')).toHaveCount(1);
  await expect(results.getByRole('link')).toHaveText(perihal);
  const why = results.getByTestId('cocok-catatan');
  await expect(why).toHaveText(`Catatan disposisi: ${catatan}`);
  await expect(why.locator('mark')).toHaveText([`${unik}jaya`]);
  await expect(results.locator('b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

// "Unduh semua hasil" as a person takes it: the link under the results downloads a zip whose index
// lists every letter the search shows, read back with Info-ZIP's unzip.
test('downloads every result of a search as a zip with its index', { tag: '@desktop' }, async ({ page, browser }) => {
  test.setTimeout(180_000);
  const unik = randomUUID().replace(/[^a-f]/g, '').slice(0, 8);
  const perihal = [`Permohonan data curah hujan ${unik}hujan`, `Undangan rapat banjir ${unik}hujan`];
  for (const p of perihal) await registerSuratMasuk(browser, p);

  const hasil = page.getByRole('list', { name: 'Hasil pencarian' });
  await openOnceShown(page, `/cari?q=${encodeURIComponent(`${unik}hujan`)}`, hasil.getByRole('link', { name: perihal[1] }));
  await expect(hasil.getByRole('link')).toHaveCount(2);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Unduh semua hasil/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^hasil-cari-\d{4}-\d{2}-\d{2}\.zip$/);
  const file = await download.path();
  expect(execFileSync('unzip', ['-t', file]).toString()).toContain('No errors detected');
  const index = execFileSync('unzip', ['-p', file, 'index.csv']).toString('utf8');
  for (const p of perihal) expect(index).toContain(p);
  expect(execFileSync('unzip', ['-Z1', file]).toString().trim().split('\n')).toContain('index.csv');
});

test('results newest first: the order is a link that keeps the words, stays for the next search, and lists by date', async ({ page }, testInfo) => {
  await page.goto('/cari?q=rapat');
  const results = page.getByRole('list', { name: 'Hasil pencarian' });
  await expect(results.getByRole('link').first()).toBeVisible();
  const urutan = page.getByRole('navigation', { name: 'Urutan hasil' });
  await expect(urutan.getByRole('link', { name: 'Paling sesuai' })).toHaveAttribute('aria-current', 'true');
  await urutan.getByRole('link', { name: 'Terbaru' }).click();
  await expect(page).toHaveURL(/urut=terbaru/);
  await expect(urutan.getByRole('link', { name: 'Terbaru' })).toHaveAttribute('aria-current', 'true');
  const dates = await results.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(1);
  expect(dates).toEqual([...dates].sort().reverse());
  await page.screenshot({ path: testInfo.outputPath('cari-terbaru.png') });

  // A new search from the form keeps the order; "Paling sesuai" goes back to the ranking.
  const box = page.getByRole('search', { name: 'Cari dan saring' }).getByRole('searchbox');
  await box.fill('undangan');
  await box.press('Enter');
  await expect(page).toHaveURL(/q=undangan.*urut=terbaru|urut=terbaru.*q=undangan/);
  await urutan.getByRole('link', { name: 'Paling sesuai' }).click();
  await expect(page).toHaveURL(/q=undangan/);
  await expect(page).not.toHaveURL(/urut=/);
});
