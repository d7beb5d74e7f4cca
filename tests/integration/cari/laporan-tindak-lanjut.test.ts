// Search finds a letter by the words of a tindak lanjut report, for the report's own recipient and
// the disposisi's giver only; a report that holds the word on a letter the searcher may not read
// (or one they were no party to) finds nothing. The readers are copied onto each report by a trigger
// (migration cari_catatan); catatan-disposisi.test.ts reads them every way the search can.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/authz/actor';
import { cariFilterSchema } from '@/lib/domain/cari/filter';
import { giveDisposisiSchema } from '@/lib/domain/disposisi/give-schema';
import { cariSurat } from '@/lib/services/cari/cari-surat';
import { giveDisposisi } from '@/lib/services/disposisi/give-disposisi';
import { listDisposisiMasuk } from '@/lib/services/disposisi/list-disposisi-masuk';
import { reportTindakLanjut } from '@/lib/services/disposisi/report-tindak-lanjut';
import { actorFor } from '../support/actors';
import { createDisposisiWorld, deliverLetter } from '../support/factories';

const give = (naskahId: string, penerima: string[]) => giveDisposisiSchema.parse({ naskahId, penerima, instruksi: ['Untuk ditindaklanjuti'] });
const finds = async (actor: Actor, q: string) => (await cariSurat(actor, cariFilterSchema.parse({ q }))).hasil.map((h) => h.id);

async function reportedLetter(kata: string) {
  const w = await createDisposisiWorld();
  const letter = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Undangan rapat koordinasi' });
  const kepala = await actorFor(w.kepala.id);
  await giveDisposisi(kepala, give(letter.naskahId, [w.kabid.jabatan.id]));
  const kabid = await actorFor(w.kabid.pegawai.id);
  await giveDisposisi(kabid, give(letter.naskahId, [w.staf.jabatan.id]));
  const staf = await actorFor(w.staf.pegawai.id);
  const [toStaf] = await listDisposisiMasuk(staf);
  await reportTindakLanjut(staf, { penerimaDisposisiId: toStaf!.id, catatan: `Rapat di desa ${kata} sudah dihadiri.`, selesai: false, lampiran: [] });
  return { w, letter, kepala, kabid, staf, kabid2: await actorFor(w.kabid2.pegawai.id) };
}

describe('search by the words of a tindak lanjut report', () => {
  it('finds the letter for the reporting recipient and the giver, not for others', async () => {
    const kata = `Wono${randomUUID().slice(0, 8).replace(/\d/g, 'x')}`;
    const own = await reportedLetter(kata);
    const other = await reportedLetter(kata);

    expect(await finds(own.staf, kata)).toEqual([own.letter.naskahId]);
    expect(await finds(own.kabid, kata)).toEqual([own.letter.naskahId]);
    // The kepala reads the letter but gave no part of that disposisi: the report is not theirs.
    expect(await finds(own.kepala, kata)).toEqual([]);
    // A sibling kabid cannot read the letter at all.
    expect(await finds(own.kabid2, kata)).toEqual([]);
    // The same word in the other OPD's report stays there.
    expect(await finds(other.staf, kata)).toEqual([other.letter.naskahId]);
  });
});
