// Walks every list and counter service as each role of one OPD, with a Rahasia letter disposed
// from the kepala to one kabid and a Sangat Rahasia letter for the kepala alone, and looks for
// their perihal (and sender) in everything each role is shown.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/authz/actor';
import { DomainError } from '@/lib/domain/errors';
import { listAuditLog } from '@/lib/services/admin/list-audit-log';
import { countWorklists } from '@/lib/services/beranda/count-worklists';
import { listDisposisiMasuk } from '@/lib/services/disposisi/list-disposisi-masuk';
import { listDisposisiOptions } from '@/lib/services/disposisi/list-disposisi-options';
import { listDisposisiTerlambat } from '@/lib/services/disposisi/list-disposisi-terlambat';
import { countPerluVerifikasi, listNaskahWorklist } from '@/lib/services/naskah/list-naskah-worklist';
import { countNotifikasiBelumDibaca, listNotifikasi } from '@/lib/services/notifikasi/list-notifikasi';
import { listRegistrationOptions } from '@/lib/services/pencatatan/list-registration-options';
import { listSuratTercatat } from '@/lib/services/pencatatan/list-surat-tercatat';
import { listInbox } from '@/lib/services/surat-masuk/list-inbox';
import { cariFilterSchema } from '@/lib/domain/cari/filter';
import { resolveFilter } from '@/lib/domain/laporan/periode';
import { listDaftarArsip } from '@/lib/services/arsip/list-daftar-arsip';
import { cariSurat } from '@/lib/services/cari/cari-surat';
import { eksporLaporan } from '@/lib/services/laporan/ekspor-laporan';
import { getLaporan } from '@/lib/services/laporan/get-laporan';
import { listRincian } from '@/lib/services/laporan/list-rincian';
import { createRahasiaWorld, type RahasiaWorld } from '../support/rahasia-world';

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

const tag = randomUUID().slice(0, 8);
const RAHASIA = { perihal: `Pemeriksaan khusus ${tag}`, pengirim: `Inspektorat Jenderal ${tag}` };
const SANGAT_RAHASIA = { perihal: `Penyelidikan internal ${tag}`, pengirim: `Kejaksaan Tinggi ${tag}` };
const BIASA = { perihal: `Undangan rapat ${tag}`, pengirim: `Kementerian Uji ${tag}` };

let roles: RahasiaWorld['roles'];

beforeAll(async () => {
  roles = (await createRahasiaWorld({ rahasia: RAHASIA, sangatRahasia: SANGAT_RAHASIA, biasa: BIASA })).roles;
}, 120_000);

describe('Rahasia and Sangat Rahasia letters in every list and counter', () => {
  it('the walk reads real content: the pencatat sees the ordinary letter in full', async () => {
    const shown = await everythingShownTo(roles.pencatat);
    expect(shown).toContain(BIASA.perihal);
    expect(shown).toContain(BIASA.pengirim);
    expect(roles.pltActing.activePost?.penugasan).toBe('PLT');
  });

  it('the search, the report\'s letter list and the archive list read real content too', async () => {
    const [pencatat, kepala] = [await shownByEachList(roles.pencatat), await shownByEachList(roles.kepala)];
    // The report and its export are figures; only its rincian names letters.
    for (const list of ['cari', 'rincianSuratMasuk', 'daftarArsip']) {
      expect(`${pencatat[list]} ${kepala[list]}`, list).toContain(BIASA.perihal);
    }
  });

  it('the addressee sees both; the disposisi recipient sees the Rahasia one only', async () => {
    const kepala = await everythingShownTo(roles.kepala);
    expect(kepala).toContain(RAHASIA.perihal);
    expect(kepala).toContain(SANGAT_RAHASIA.perihal);
    const kabid = await everythingShownTo(roles.kabid);
    expect(kabid).toContain(RAHASIA.perihal);
    expect(kabid).not.toContain(SANGAT_RAHASIA.perihal);
  });

  for (const role of ['staf', 'pencatat', 'kabid2', 'sekretaris', 'adminOpd', 'adminInstansi', 'pltOwnPost', 'pltActing'] as const) {
    it(`${role} sees neither perihal nor sender of either secret letter anywhere`, async () => {
      const shown = await everythingShownTo(roles[role]);
      for (const secret of [RAHASIA.perihal, RAHASIA.pengirim, SANGAT_RAHASIA.perihal, SANGAT_RAHASIA.pengirim]) expect(shown).not.toContain(secret);
    });
  }

  it('the agenda book keeps the secret letters\' lines, without their content and without a link', async () => {
    const book = await listSuratTercatat(roles.pencatat);
    expect(book.map((r) => r.klasifikasiKeamanan).sort()).toEqual(['BIASA', 'RAHASIA', 'SANGAT_RAHASIA']);
    const secret = book.filter((r) => r.klasifikasiKeamanan !== 'BIASA');
    expect(secret.every((r) => !r.terbuka && r.perihal === null && r.pengirimNama === null && r.nomor === null)).toBe(true);
    expect(book.map((r) => r.nomorAgenda).sort()).toEqual([1, 2, 3]);
  });
});
