// Walks every list and counter service as each role of one OPD, with a Rahasia letter disposed
// from the kepala to one kabid and a Sangat Rahasia letter for the kepala alone, and looks for
// their perihal (and sender) in everything each role is shown.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/authz/actor';
import { DomainError } from '@/lib/domain/errors';
import { giveDisposisiSchema } from '@/lib/domain/disposisi/give-schema';
import { registerSuratMasukSchema } from '@/lib/domain/surat-masuk/registration-schema';
import { listAuditLog } from '@/lib/services/admin/list-audit-log';
import { countWorklists } from '@/lib/services/beranda/count-worklists';
import { giveDisposisi } from '@/lib/services/disposisi/give-disposisi';
import { listDisposisiMasuk } from '@/lib/services/disposisi/list-disposisi-masuk';
import { listDisposisiOptions } from '@/lib/services/disposisi/list-disposisi-options';
import { listDisposisiTerlambat } from '@/lib/services/disposisi/list-disposisi-terlambat';
import { countPerluVerifikasi, listNaskahWorklist } from '@/lib/services/naskah/list-naskah-worklist';
import { countNotifikasiBelumDibaca, listNotifikasi } from '@/lib/services/notifikasi/list-notifikasi';
import { listRegistrationOptions } from '@/lib/services/pencatatan/list-registration-options';
import { listSuratTercatat } from '@/lib/services/pencatatan/list-surat-tercatat';
import { registerSuratMasuk } from '@/lib/services/pencatatan/register-surat-masuk';
import { listInbox } from '@/lib/services/surat-masuk/list-inbox';
import { cariFilterSchema } from '@/lib/domain/cari/filter';
import { resolveFilter } from '@/lib/domain/laporan/periode';
import { listDaftarArsip } from '@/lib/services/arsip/list-daftar-arsip';
import { cariSurat } from '@/lib/services/cari/cari-surat';
import { eksporLaporan } from '@/lib/services/laporan/ekspor-laporan';
import { getLaporan } from '@/lib/services/laporan/get-laporan';
import { listRincian } from '@/lib/services/laporan/list-rincian';
import { asFile, tinyPdf } from '../../support/fixtures';
import { actorFor } from '../support/actors';
import { assign, createDisposisiWorld, createJabatan, createPegawai, grantRole } from '../support/factories';

/** What each list, counter and export service shows a role, as text; a refusal is shown as such. */
async function shownByEachList(actor: Actor): Promise<Record<string, string>> {
  const periode = resolveFilter({}, new Date());
  const text = async (file: Promise<{ bytes: Uint8Array }>) => Buffer.from((await file).bytes).toString('utf8');
  // Search results come as highlighted segments; joined, a perihal reads as one string again.
  const plain = (segmen: { teks: string }[]) => segmen.map((x) => x.teks).join('');
  const cari = async (filter: Record<string, string>) => (await cariSurat(actor, cariFilterSchema.parse(filter))).hasil.map((h) => [h.nomor, h.perihal, h.pihak, h.cuplikan].map(plain).join(' | '));
  const calls: Record<string, () => Promise<unknown>> = {
    inbox: () => listInbox(actor),
    inboxRahasia: () => listInbox(actor, { filter: { keamanan: 'RAHASIA' } }),
    inboxSangatRahasia: () => listInbox(actor, { filter: { keamanan: 'SANGAT_RAHASIA' } }),
    beranda: () => countWorklists(actor),
    notifikasi: () => listNotifikasi(actor),
    notifikasiBelumDibaca: () => countNotifikasiBelumDibaca(actor),
    disposisiMasuk: () => listDisposisiMasuk(actor),
    disposisiTerlambat: () => listDisposisiTerlambat(actor, new Date(Date.now() + 365 * 86_400_000)),
    disposisiOptions: () => listDisposisiOptions(actor),
    konsep: () => listNaskahWorklist(actor, 'konsep'),
    dibatalkan: () => listNaskahWorklist(actor, 'dibatalkan'),
    verifikasi: () => listNaskahWorklist(actor, 'verifikasi'),
    perluVerifikasi: () => countPerluVerifikasi(actor),
    tandaTangan: () => listNaskahWorklist(actor, 'tandaTangan'),
    arsip: () => listNaskahWorklist(actor, 'arsip'),
    pencatatan: () => listSuratTercatat(actor),
    registrationOptions: () => listRegistrationOptions(actor),
    audit: () => listAuditLog(actor, { halaman: 1 }),
    terkirim: () => listNaskahWorklist(actor, 'terkirim'),
    sudahDitandatangani: () => listNaskahWorklist(actor, 'sudahDitandatangani'),
    cari: () => cari({ q: tag }),
    cariRahasia: () => cari({ keamanan: 'RAHASIA' }),
    cariSangatRahasia: () => cari({ keamanan: 'SANGAT_RAHASIA' }),
    laporan: () => getLaporan(actor, periode),
    rincianSuratMasuk: () => listRincian(actor, periode, { rincian: 'surat-masuk' }),
    eksporLaporanCsv: () => text(eksporLaporan(actor, periode, 'csv')),
    daftarArsip: () => listDaftarArsip(actor),
  };
  const shown: Record<string, string> = {};
  for (const [name, call] of Object.entries(calls)) {
    try {
      shown[name] = JSON.stringify(await call(), (_key, value) => (typeof value === 'bigint' ? String(value) : value));
    } catch (error) {
      if (!(error instanceof DomainError) && !(error instanceof TypeError)) throw error;
      shown[name] = `ditolak: ${error.message}`;
    }
  }
  return shown;
}

/** Everything a role is shown by every list and counter service. */
async function everythingShownTo(actor: Actor): Promise<string> {
  return JSON.stringify(await shownByEachList(actor));
}

let w: Awaited<ReturnType<typeof world>>;
const tag = randomUUID().slice(0, 8);
const RAHASIA = { perihal: `Pemeriksaan khusus ${tag}`, pengirim: `Inspektorat Jenderal ${tag}` };
const SANGAT_RAHASIA = { perihal: `Penyelidikan internal ${tag}`, pengirim: `Kejaksaan Tinggi ${tag}` };
const BIASA = { perihal: `Undangan rapat ${tag}`, pengirim: `Kementerian Uji ${tag}` };

async function world() {
  const d = await createDisposisiWorld();
  const { instansi, opd } = d;
  const person = async (jabatanId: string | null) => {
    const pegawai = await createPegawai(instansi.id, opd.id);
    if (jabatanId) await assign(pegawai.id, jabatanId, 'DEFINITIF', '2020-01-01');
    return pegawai;
  };
  const tu = await createJabatan(opd.id, { parentId: d.sekretaris.jabatan.id, level: 3, jenis: 'PELAKSANA' });
  const pencatat = await person(tu.id);
  await grantRole(instansi.id, pencatat.id, 'PENCATAT', opd.id);
  const adminOpd = await person((await createJabatan(opd.id, { parentId: d.sekretaris.jabatan.id, level: 3, jenis: 'PELAKSANA' })).id);
  await grantRole(instansi.id, adminOpd.id, 'ADMIN_OPD', opd.id);
  const adminInstansi = await person(null);
  await grantRole(instansi.id, adminInstansi.id, 'ADMIN_INSTANSI', null);
  // The Plt.: a staf of the other bidang acting as head of a vacant bidang.
  const vacant = await createJabatan(opd.id, { parentId: d.kepalaJabatan.id, level: 2 });
  const plt = await person((await createJabatan(opd.id, { parentId: d.kabid2.jabatan.id, level: 3 })).id);
  await assign(plt.id, vacant.id, 'PLT', '2020-01-01', '2099-12-31');

  const pencatatActor = await actorFor(pencatat.id);
  const pdf = await tinyPdf();
  const register = (letter: typeof BIASA, klasifikasiKeamanan: string) =>
    registerSuratMasuk(
      pencatatActor,
      registerSuratMasukSchema.parse({ nomor: `R/${randomUUID().slice(0, 6)}`, tanggalSurat: '2026-11-20', pengirimNama: letter.pengirim, perihal: letter.perihal, klasifikasiKeamanan, pindaian: asFile(pdf, 'surat.pdf') }),
    );
  const rahasia = await register(RAHASIA, 'RAHASIA');
  await register(SANGAT_RAHASIA, 'SANGAT_RAHASIA');
  await register(BIASA, 'BIASA');
  const kepala = await actorFor(d.kepala.id);
  await giveDisposisi(kepala, giveDisposisiSchema.parse({ naskahId: rahasia.id, penerima: [d.kabid.jabatan.id], instruksi: ['Untuk ditindaklanjuti'], batasWaktu: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10) }));

  return {
    kepala,
    kabid: await actorFor(d.kabid.pegawai.id),
    kabid2: await actorFor(d.kabid2.pegawai.id),
    sekretaris: await actorFor(d.sekretaris.pegawai.id),
    staf: await actorFor(d.staf.pegawai.id),
    pencatat: pencatatActor,
    adminOpd: await actorFor(adminOpd.id),
    adminInstansi: await actorFor(adminInstansi.id),
    pltOwnPost: await actorFor(plt.id),
    pltActing: await actorFor(plt.id, vacant.id),
  };
}

beforeAll(async () => {
  w = await world();
}, 120_000);

describe('Rahasia and Sangat Rahasia letters in every list and counter', () => {
  it('the walk reads real content: the pencatat sees the ordinary letter in full', async () => {
    const shown = await everythingShownTo(w.pencatat);
    expect(shown).toContain(BIASA.perihal);
    expect(shown).toContain(BIASA.pengirim);
    expect(w.pltActing.activePost?.penugasan).toBe('PLT');
  });

  it('the search, the report\'s letter list and the archive list read real content too', async () => {
    const [pencatat, kepala] = [await shownByEachList(w.pencatat), await shownByEachList(w.kepala)];
    // The report and its export are figures; only its rincian names letters.
    for (const list of ['cari', 'rincianSuratMasuk', 'daftarArsip']) {
      expect(`${pencatat[list]} ${kepala[list]}`, list).toContain(BIASA.perihal);
    }
  });

  it('the addressee sees both; the disposisi recipient sees the Rahasia one only', async () => {
    const kepala = await everythingShownTo(w.kepala);
    expect(kepala).toContain(RAHASIA.perihal);
    expect(kepala).toContain(SANGAT_RAHASIA.perihal);
    const kabid = await everythingShownTo(w.kabid);
    expect(kabid).toContain(RAHASIA.perihal);
    expect(kabid).not.toContain(SANGAT_RAHASIA.perihal);
  });

  for (const role of ['staf', 'pencatat', 'kabid2', 'sekretaris', 'adminOpd', 'adminInstansi', 'pltOwnPost', 'pltActing'] as const) {
    it(`${role} sees neither perihal nor sender of either secret letter anywhere`, async () => {
      const shown = await everythingShownTo(w[role]);
      for (const secret of [RAHASIA.perihal, RAHASIA.pengirim, SANGAT_RAHASIA.perihal, SANGAT_RAHASIA.pengirim]) expect(shown).not.toContain(secret);
    });
  }

  it('the agenda book keeps the secret letters\' lines, without their content and without a link', async () => {
    const book = await listSuratTercatat(w.pencatat);
    expect(book.map((r) => r.klasifikasiKeamanan).sort()).toEqual(['BIASA', 'RAHASIA', 'SANGAT_RAHASIA']);
    const secret = book.filter((r) => r.klasifikasiKeamanan !== 'BIASA');
    expect(secret.every((r) => !r.terbuka && r.perihal === null && r.pengirimNama === null && r.nomor === null)).toBe(true);
    expect(book.map((r) => r.nomorAgenda).sort()).toEqual([1, 2, 3]);
  });
});
