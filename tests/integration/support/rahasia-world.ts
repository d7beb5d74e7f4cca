// One OPD where the pencatat registered a Biasa and a Rahasia letter (and, when asked, a Sangat
// Rahasia one for the kepala alone) and the kepala disposed the Rahasia one to one kabid, with an actor
// for every role that must or must not see them. Built through the services, as the app would, so the
// readers the database keeps for each letter are the real ones.
import { randomUUID } from 'node:crypto';
import type { Actor } from '@/lib/authz/actor';
import { giveDisposisiSchema } from '@/lib/domain/disposisi/give-schema';
import { registerSuratMasukSchema } from '@/lib/domain/surat-masuk/registration-schema';
import { giveDisposisi } from '@/lib/services/disposisi/give-disposisi';
import { registerSuratMasuk } from '@/lib/services/pencatatan/register-surat-masuk';
import { asFile, tinyPdf } from '../../support/fixtures';
import { actorFor } from './actors';
import { assign, createDisposisiWorld, createJabatan, createPegawai, createPencatat, grantRole } from './factories';

/** What a letter says on its face; the nomor is made unique when not given. */
export interface SuratUji {
  perihal: string;
  pengirim: string;
  nomor?: string;
}

const KEAMANAN = { biasa: 'BIASA', rahasia: 'RAHASIA', sangatRahasia: 'SANGAT_RAHASIA' } as const;

/** `surat`: the letters to register, in this order (their agenda numbers follow it); `ids` names them alike. */
export async function createRahasiaWorld<S extends { biasa: SuratUji; rahasia: SuratUji; sangatRahasia?: SuratUji }>(surat: S, opts: { catatanDisposisi?: string } = {}) {
  const d = await createDisposisiWorld();
  const { instansi, opd } = d;
  const person = async (jabatanId: string | null) => {
    const pegawai = await createPegawai(instansi.id, opd.id);
    if (jabatanId) await assign(pegawai.id, jabatanId, 'DEFINITIF', '2020-01-01');
    return pegawai;
  };
  const { pegawai: pencatat } = await createPencatat(d);
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
  const ids: Record<string, string> = {};
  for (const [name, letter] of Object.entries(surat) as [keyof typeof KEAMANAN, SuratUji][]) {
    const registered = await registerSuratMasuk(
      pencatatActor,
      registerSuratMasukSchema.parse({
        nomor: letter.nomor ?? `R/${randomUUID().slice(0, 6)}`, tanggalSurat: '2026-11-20', pengirimNama: letter.pengirim, perihal: letter.perihal,
        klasifikasiKeamanan: KEAMANAN[name], pindaian: asFile(pdf, 'surat.pdf'),
      }),
    );
    ids[name] = registered.id;
  }
  const kepala = await actorFor(d.kepala.id);
  await giveDisposisi(
    kepala,
    giveDisposisiSchema.parse({ naskahId: ids.rahasia, penerima: [d.kabid.jabatan.id], instruksi: ['Untuk ditindaklanjuti'], catatan: opts.catatanDisposisi, batasWaktu: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10) }),
  );

  return {
    opdId: opd.id,
    ids: ids as Record<keyof S, string>,
    roles: {
      kepala,
      /** The kabid the Rahasia letter was disposed to. */
      kabid: await actorFor(d.kabid.pegawai.id),
      kabid2: await actorFor(d.kabid2.pegawai.id),
      sekretaris: await actorFor(d.sekretaris.pegawai.id),
      staf: await actorFor(d.staf.pegawai.id),
      pencatat: pencatatActor,
      adminOpd: await actorFor(adminOpd.id),
      adminInstansi: await actorFor(adminInstansi.id),
      pltOwnPost: await actorFor(plt.id),
      pltActing: await actorFor(plt.id, vacant.id),
    } satisfies Record<string, Actor>,
  };
}

export type RahasiaWorld = Awaited<ReturnType<typeof createRahasiaWorld>>;
