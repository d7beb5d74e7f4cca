// The registration form's sender suggestions: the senders of the OPD register's newest letters.
import { beforeAll, describe, expect, it } from 'vitest';
import { registerSuratMasukSchema } from '@/lib/domain/surat-masuk/registration-schema';
import { listPengirimTerakhir } from '@/lib/services/pencatatan/list-pengirim-terakhir';
import { registerSuratMasuk } from '@/lib/services/pencatatan/register-surat-masuk';
import { asFile, tinyPdf } from '../../support/fixtures';
import { actorFor } from '../support/actors';
import { createDisposisiWorld, createPencatat } from '../support/factories';

let pdf: Uint8Array;
beforeAll(async () => {
  pdf = await tinyPdf();
});

async function pencatatOf() {
  const w = await createDisposisiWorld();
  return actorFor((await createPencatat(w)).pegawai.id);
}

describe('listPengirimTerakhir', () => {
  it("suggests the senders of the register's newest letters by name, never a secret letter's nor another OPD's", async () => {
    const pencatat = await pencatatOf();
    const lain = await pencatatOf();
    const catat = (actor: typeof pencatat, pengirimNama: string, tanggalSurat: string, klasifikasiKeamanan = 'BIASA') =>
      registerSuratMasuk(
        actor,
        registerSuratMasukSchema.parse({ nomor: `${pengirimNama}/${tanggalSurat}`, tanggalSurat, pengirimNama, perihal: 'Undangan rapat', klasifikasiKeamanan, pindaian: asFile(pdf, 'surat.pdf') }),
      );
    await catat(pencatat, 'Kementerian Dalam Negeri', '2026-01-10');
    await catat(pencatat, 'Bupati Kepulauan Timur', '2026-03-10');
    await catat(pencatat, 'Bupati Kepulauan Timur', '2026-02-10');
    await catat(pencatat, 'Komisi Pemberantasan Korupsi', '2026-05-10', 'RAHASIA');
    await catat(pencatat, 'Arsip Nasional RI', '2026-04-10');
    await catat(lain, 'Dinas OPD Lain', '2026-06-10');

    expect(await listPengirimTerakhir(pencatat)).toEqual(['Arsip Nasional RI', 'Bupati Kepulauan Timur', 'Kementerian Dalam Negeri']);
    // Only the newest letters count (the secret one is not among them): April's and March's.
    expect(await listPengirimTerakhir(pencatat, { dariSurat: 2 })).toEqual(['Arsip Nasional RI', 'Bupati Kepulauan Timur']);
    expect(await listPengirimTerakhir(lain)).toEqual(['Dinas OPD Lain']);
  });
});
