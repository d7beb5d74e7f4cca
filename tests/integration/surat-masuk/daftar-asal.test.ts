import { describe, expect, it } from 'vitest';
import { giveDisposisiSchema } from '@/lib/domain/disposisi/give-schema';
import { giveDisposisi } from '@/lib/services/disposisi/give-disposisi';
import { openSurat } from '@/lib/services/surat-masuk/open-surat';
import { actorFor } from '../support/actors';
import { createDisposisiWorld, createPencatat, deliverLetter } from '../support/factories';

describe("the letter's back link goes to the list that holds it for the reader", () => {
  it('Pencatatan for the clerk who registered it, Surat Masuk for the addressee, Disposisi for a disposisi recipient', async () => {
    const w = await createDisposisiWorld();
    const { pegawai } = await createPencatat(w);
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Undangan rapat' });
    const kepala = await actorFor(w.kepala.id);
    await giveDisposisi(kepala, giveDisposisiSchema.parse({ naskahId: delivery.naskahId, penerima: [w.kabid.jabatan.id], instruksi: ['Untuk diketahui'] }));

    expect((await openSurat(await actorFor(pegawai.id), delivery.naskahId)).daftarAsal).toEqual({ href: '/pencatatan', label: 'Pencatatan Surat' });
    expect((await openSurat(kepala, delivery.naskahId)).daftarAsal).toEqual({ href: '/surat-masuk', label: 'Surat Masuk' });
    expect((await openSurat(await actorFor(w.kabid.pegawai.id), delivery.naskahId)).daftarAsal).toEqual({ href: '/disposisi', label: 'Disposisi' });
  });
});
