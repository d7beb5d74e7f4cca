import { expect, test, type Browser, type Page } from './support/test';
import { formatNip } from '../../lib/domain/pegawai/nip';
import { formatHari } from '../../lib/domain/tanggal';
import { tinyPdf } from '../support/fixtures';
import { signIn, storageStateOf } from './support/roles';
import { shotForPeople } from './support/shot-for-people';

// Onboarding a new OPD end to end, through the pages only: the admin instansi creates the OPD,
// imports its units, posts and people from CSV (a bad file first, refused row by row), names a
// Plt. for the vacant Kepala Bidang post, gives the TU a pencatat role, issues one-time passwords;
// the TU registers a letter to the post and the Plt. signs in and finds it in the post's inbox.
// Runs at desktop size and at 390x844 (both projects), with fresh codes and NIPs each time.

const csv = (lines: string[]) => ({ mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8') });
const pad = (n: number, w: number) => String(n).padStart(w, '0');

function nip(seq: number): string {
  const d = new Date(Date.UTC(1970 + (seq % 25), seq % 12, 1 + (seq % 28)));
  const birth = `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}`;
  return `${birth}${d.getUTCFullYear() + 22}${pad(1 + (seq % 12), 2)}${1 + (seq % 2)}${pad(1 + (seq % 999), 3)}`;
}
const nik = (seq: number) => `32${pad(seq % 1e14, 14)}`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function newSession(browser: Browser, viewport: { width: number; height: number } | null): Promise<Page> {
  // An empty storage state: otherwise the context inherits the admin session from test.use.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, viewport: viewport ?? { width: 1280, height: 800 } });
  return context.newPage();
}

async function issuePassword(admin: Page, nama: string): Promise<string> {
  await admin.goto('/admin/pegawai');
  await admin.getByRole('searchbox', { name: 'Cari nama atau NIP' }).fill(nama);
  await admin.getByRole('button', { name: 'Cari' }).click();
  await admin.getByRole('link', { name: nama }).click();
  await admin.getByRole('button', { name: 'Terbitkan kata sandi' }).click();
  const status = admin.getByRole('status').filter({ hasText: 'Kata sandi sementara' });
  await expect(status).toBeVisible();
  return /Kata sandi sementara: (\S+)/.exec((await status.textContent()) ?? '')![1]!;
}

test.use({ storageState: storageStateOf('admin') });
// Many steps and three sessions on a shared, slow machine.
test.setTimeout(300_000);

test('onboard an OPD from CSV, name a Plt., and the Plt. sees the post inbox', async ({ page: admin, browser }, testInfo) => {
  const seq = Date.now() % 1e9;
  const singkatan = `DUJI${seq % 100000}`;
  const shot = (p: Page, name: string) => shotForPeople(p, { path: testInfo.outputPath(`${name}.png`), fullPage: true });

  // 1. The OPD itself.
  await admin.goto('/admin');
  const form = admin.getByRole('form', { name: 'Tambah OPD' });
  await form.getByLabel('Nama OPD').fill(`Dinas Uji Coba ${singkatan}`);
  await form.getByLabel('Kode', { exact: true }).fill(`9.${seq % 100000}`);
  await form.getByLabel(/Singkatan/).fill(singkatan);
  await form.getByLabel('Alamat').fill('Jl. Merdeka No. 9');
  await form.getByLabel('Kota').fill('Kota Mandala');
  await form.getByRole('button', { name: 'Simpan OPD' }).click();
  await expect(admin.getByRole('heading', { name: `Dinas Uji Coba ${singkatan}` })).toBeVisible();
  await shot(admin, '1-opd-profil');

  // 2. CSV import: a bad file is refused naming row and column; the good one goes in whole.
  await admin.getByRole('link', { name: 'Impor CSV' }).click();
  const units = csv(['kode,nama,jenis,kode_induk', 'PIMP,Pimpinan,PIMPINAN,', 'SEKR,Sekretariat,SEKRETARIAT,PIMP', 'BID1,Bidang Layanan,BIDANG,PIMP']);
  const jabatan = csv([
    'kode,nama,nama_singkat,jenis,eselon,kode_unit,kode_atasan',
    `KADIS,Kepala Dinas Uji Coba,Kadis,STRUKTURAL,II.a,PIMP,`,
    'SEKDIS,Sekretaris Dinas,Sekdis,STRUKTURAL,III.a,SEKR,KADIS',
    'KABID1,Kepala Bidang Layanan,Kabid Layanan,STRUKTURAL,III.b,BID1,KADIS',
    'TU1,Pengadministrasi Umum,TU,PELAKSANA,,SEKR,SEKDIS',
  ]);
  const namaPlt = `Sri Handayani ${seq}`;
  const namaTu = `Agus Prasetyo ${seq}`;
  const goodPegawai = [
    'nip,nik,nama,gelar_depan,gelar_belakang,golongan,email,kode_jabatan',
    `${nip(seq)},${nik(seq)},Budi Kepala ${seq},Dr.,M.Si.,IV/b,,KADIS`,
    `${nip(seq + 1)},${nik(seq + 1)},${namaPlt},,S.E.,III/d,,`,
    `${nip(seq + 2)},${nik(seq + 2)},${namaTu},,,II/c,,TU1`,
  ];
  const upload = async (pegawaiLines: string[]) => {
    await admin.getByLabel('unit_kerja.csv').setInputFiles({ name: 'unit_kerja.csv', ...units });
    await admin.getByLabel('jabatan.csv').setInputFiles({ name: 'jabatan.csv', ...jabatan });
    await admin.getByLabel('pegawai.csv').setInputFiles({ name: 'pegawai.csv', ...csv(pegawaiLines) });
  };
  await upload([...goodPegawai.slice(0, 3), `${nip(seq + 3)},${nik(seq + 3)},"=HYPERLINK(""http://x"")",,,,,`, `1990,${nik(seq + 4)},NIP Salah,,,,,`]);
  await admin.getByRole('button', { name: 'Periksa dulu' }).click();
  const errors = admin.getByTestId('row-errors');
  await expect(errors).toContainText('2 kesalahan ditemukan');
  await expect(errors).toContainText('pegawai.csv, baris 4, kolom nama: Sel diawali =');
  await expect(errors).toContainText('pegawai.csv, baris 5, kolom nip: NIP harus terdiri dari 18 angka.');
  await shot(admin, '2-impor-ditolak');

  await upload(goodPegawai);
  await admin.getByRole('button', { name: 'Periksa dulu' }).click();
  await expect(admin.getByRole('status')).toContainText('3 unit kerja, 4 jabatan, 3 pegawai siap diimpor');
  await upload(goodPegawai);
  await admin.getByRole('button', { name: 'Impor', exact: true }).click();
  await expect(admin.getByRole('status')).toContainText('Impor selesai: 3 unit kerja, 4 jabatan, 3 pegawai disimpan');
  await shot(admin, '3-impor-selesai');

  await admin.getByRole('link', { name: 'Struktur' }).click();
  const tree = admin.getByRole('list', { name: 'Pohon jabatan' });
  await expect(tree).toContainText('Kepala Bidang Layanan');
  await expect(tree).toContainText(`Dr. Budi Kepala ${seq}, M.Si.`);
  await shot(admin, '4-struktur');

  // 3. A Plt. for the vacant Kepala Bidang post, from today for 30 days.
  await admin.getByRole('link', { name: 'Penugasan' }).click();
  const assign = admin.getByRole('form', { name: 'Tugaskan pegawai' });
  // Jabatan and pegawai are found by typing (a Setda has hundreds of each, once every one a select
  // option); sent with neither, the form says what to pick.
  await assign.getByRole('button', { name: 'Simpan penugasan' }).click();
  await expect(assign.getByText('Pilih jabatan.')).toBeVisible();
  await expect(assign.getByText('Pilih pegawai.')).toBeVisible();
  await assign.getByLabel('Jabatan', { exact: true }).fill('bidang layanan');
  await assign.getByRole('button', { name: /^Kepala Bidang Layanan\s*Kosong$/ }).click();
  await expect(assign.getByTestId('jabatanId-dipilih')).toContainText('Kepala Bidang Layanan');
  await assign.getByLabel('Pegawai', { exact: true }).fill('zzqx');
  await expect(assign.getByText('Tidak ada yang cocok dengan “zzqx”.')).toBeVisible();
  await assign.getByLabel('Pegawai', { exact: true }).fill(nip(seq + 1));
  await assign.getByRole('button', { name: new RegExp(`^${namaPlt}, S\\.E\\.\\s*NIP `) }).click();
  await expect(assign.getByTestId('pegawaiId-dipilih')).toContainText(`${namaPlt}, S.E.`);
  await expect(assign.getByTestId('pegawaiId-dipilih')).toContainText(`NIP ${formatNip(nip(seq + 1))}`);
  await assign.getByLabel('Jenis').selectOption('PLT');
  await assign.getByLabel(/^Selesai/).fill(day(30));
  await assign.getByLabel(/^Alasan/).fill('Jabatan kosong, pejabat definitif belum dilantik');
  await assign.getByRole('button', { name: 'Simpan penugasan' }).click();
  await expect(assign.getByRole('status')).toContainText('Penugasan disimpan.');
  // The saved form starts empty for the next assignment: both picks are gone, their search fields back.
  await expect(assign.getByTestId('jabatanId-dipilih')).toHaveCount(0);
  await expect(assign.getByTestId('pegawaiId-dipilih')).toHaveCount(0);
  await expect(assign.getByLabel('Pegawai', { exact: true })).toHaveValue('');
  await expect(admin.getByRole('list', { name: 'Riwayat penugasan' })).toContainText(namaPlt);
  await shot(admin, '5-penugasan');
  // The Plt. is cut to 20 days: found in the history by name, ended from its own card (one form,
  // not one per row), still running today for the steps below.
  await admin.getByRole('searchbox', { name: 'Cari nama, NIP atau jabatan' }).fill(namaPlt);
  await admin.getByRole('searchbox', { name: 'Cari nama, NIP atau jabatan' }).press('Enter');
  const riwayat = admin.getByRole('list', { name: 'Riwayat penugasan' });
  await expect(riwayat.getByRole('listitem')).toHaveCount(1);
  await riwayat.getByRole('link', { name: new RegExp(`^Akhiri penugasan ${namaPlt}, S\\.E\\. sebagai Kepala Bidang Layanan$`) }).click();
  const end = admin.getByRole('form', { name: 'Akhiri penugasan' });
  await end.getByLabel('Hari terakhir').fill(day(20));
  await end.getByRole('button', { name: 'Akhiri' }).click();
  await expect(end.getByRole('status')).toContainText('Penugasan diakhiri.');
  await expect(riwayat).toContainText(`s.d. ${formatHari(day(20))}`);
  await expect(riwayat).toContainText('berjalan');

  // 4. The TU becomes pencatat of the new OPD; both get one-time passwords.
  const tuPassword = await issuePassword(admin, namaTu);
  const grant = admin.getByRole('form', { name: 'Beri peran' });
  await grant.getByLabel('Peran').selectOption('PENCATAT');
  await grant.getByLabel('OPD').selectOption({ label: singkatan });
  await grant.getByRole('button', { name: 'Beri peran' }).click();
  await expect(admin.getByRole('list', { name: 'Peran pegawai' })).toContainText(`Pencatat / TU · ${singkatan}`);
  await shot(admin, '6-pegawai');
  const pltPassword = await issuePassword(admin, namaPlt);

  const viewport = testInfo.project.name === 'phone' ? { width: 390, height: 844 } : null;
  const perihal = `Permohonan Data Layanan ${seq}`;
  const tu = await newSession(browser, viewport);
  await signIn(tu, nip(seq + 2), tuPassword);
  await expect(tu).toHaveURL(/\/$/);
  await tu.goto('/pencatatan/baru');
  await tu.getByLabel('Nomor surat').fill(`100/${seq}/UJI`);
  await tu.getByLabel('Tanggal surat').fill(day(0));
  await tu.getByLabel('Pengirim', { exact: true }).fill('Universitas Mandala');
  await tu.getByLabel('Perihal').fill(perihal);
  await tu.getByLabel('Pindaian surat').setInputFiles({ name: 'surat.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await tinyPdf(perihal)) });
  await tu.getByLabel('Teruskan kepada').selectOption({ label: 'Kepala Bidang Layanan' });
  await tu.getByRole('button', { name: 'Catat dan teruskan' }).click();
  await expect(tu.getByRole('status')).toContainText('Surat tercatat dengan nomor agenda');

  // 5. The Plt. signs in and acts as the post: its letter is in the inbox.
  const plt = await newSession(browser, viewport);
  await signIn(plt, nip(seq + 1), pltPassword);
  await expect(plt).toHaveURL(/\/$/);
  await expect(plt.getByTestId('active-post')).toHaveText('Plt. Kepala Bidang Layanan');
  await plt.goto('/surat-masuk');
  await expect(plt.getByRole('link', { name: perihal })).toBeVisible();
  await shotForPeople(plt, { path: testInfo.outputPath('7-plt-surat-masuk.png'), fullPage: true });
});
