import { describe, expect, it } from 'vitest';
import { giveDisposisiSchema } from '@/lib/domain/disposisi/give-schema';
import { NotFoundError } from '@/lib/domain/errors';
import { getBerkasFile } from '@/lib/services/berkas/get-berkas-file';
import { giveDisposisi } from '@/lib/services/disposisi/give-disposisi';
import { tinyPdf } from '../../support/fixtures';
import { actorFor } from '../support/actors';
import { attachScan, createDisposisiWorld, createPencatat, deliverLetter } from '../support/factories';

async function world() {
  const w = await createDisposisiWorld();
  const pencatat = await createPencatat(w);
  const other = await createDisposisiWorld();
  return {
    ...w,
    actors: {
      kepala: await actorFor(w.kepala.id),
      sekretaris: await actorFor(w.sekretaris.pegawai.id),
      kabid: await actorFor(w.kabid.pegawai.id),
      staf: await actorFor(w.staf.pegawai.id),
      pencatat: await actorFor(pencatat.pegawai.id),
      kepalaLain: await actorFor(other.kepala.id),
    },
  };
}

const canDownload = (actor: Parameters<typeof getBerkasFile>[0], id: string) =>
  getBerkasFile(actor, id).then(
    () => true,
    (error) => {
      if (error instanceof NotFoundError) return false;
      throw error;
    },
  );

describe('file download follows the letter\'s visibility', () => {
  it('serves a Rahasia scan only to the posts the letter was delivered or disposed to', async () => {
    const w = await world();
    const pdf = await tinyPdf('Rahasia');
    const letter = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Hasil pemeriksaan', rahasia: true });
    const scan = await attachScan(letter.naskahId, pdf);
    const { kepala, sekretaris, kabid, staf, pencatat, kepalaLain } = w.actors;

    expect(Buffer.from((await getBerkasFile(kepala, scan.id)).bytes)).toEqual(Buffer.from(pdf));
    for (const outsider of [sekretaris, kabid, staf, pencatat, kepalaLain]) expect(await canDownload(outsider, scan.id)).toBe(false);

    await giveDisposisi(kepala, giveDisposisiSchema.parse({ naskahId: letter.naskahId, penerima: [w.kabid.jabatan.id], instruksi: ['Untuk diketahui'] }));
    expect(await canDownload(kabid, scan.id)).toBe(true);
    for (const outsider of [sekretaris, staf, pencatat, kepalaLain]) expect(await canDownload(outsider, scan.id)).toBe(false);
  });

  it('serves a Biasa scan to the addressee, the sekretaris and the OPD\'s pencatat, never to another OPD', async () => {
    const w = await world();
    const letter = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Undangan' });
    const scan = await attachScan(letter.naskahId, await tinyPdf());
    const { kepala, sekretaris, kabid, pencatat, kepalaLain } = w.actors;
    expect(await canDownload(kepala, scan.id)).toBe(true);
    expect(await canDownload(sekretaris, scan.id)).toBe(true);
    expect(await canDownload(pencatat, scan.id)).toBe(true);
    expect(await canDownload(kabid, scan.id)).toBe(false);
    expect(await canDownload(kepalaLain, scan.id)).toBe(false);
  });
});
