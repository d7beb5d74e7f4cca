import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { giveDisposisiSchema } from '@/lib/domain/disposisi/give-schema';
import { giveDisposisi } from '@/lib/services/disposisi/give-disposisi';
import { listDisposisiMasuk } from '@/lib/services/disposisi/list-disposisi-masuk';
import { readDisposisiTree } from '@/lib/services/disposisi/read-disposisi-tree';
import { reportTindakLanjut } from '@/lib/services/disposisi/report-tindak-lanjut';
import { withdrawDisposisi } from '@/lib/services/disposisi/withdraw-disposisi';
import { asFile, tinyPdf, tinyPng } from '../../support/fixtures';
import { actorFor } from '../support/actors';
import { createDisposisiWorld, deliverLetter } from '../support/factories';

const give = (naskahId: string, penerima: string[]) => giveDisposisiSchema.parse({ naskahId, penerima, instruksi: ['Untuk ditindaklanjuti'] });

// Oldest first; records of one statement (the recipients of one disposisi) share a time, then by id.
const BY_TIME = [{ createdAt: 'asc' as const }, { id: 'asc' as const }];

/** The same tree as Prisma loads it relation by relation: the reference the flat statement must equal. */
async function treeByRelations(naskahId: string) {
  const rows = await prisma.disposisi.findMany({
    relationLoadStrategy: 'query',
    where: { naskahId },
    orderBy: BY_TIME,
    include: {
      dariJabatan: { select: { id: true, nama: true } },
      penerima: {
        orderBy: BY_TIME,
        include: { jabatan: { select: { id: true, nama: true } }, tindakLanjut: { orderBy: BY_TIME, include: { berkas: { select: { id: true, namaFile: true }, orderBy: BY_TIME } } } },
      },
    },
  });
  return rows.map((d) => ({
    id: d.id,
    dariJabatan: d.dariJabatan,
    instruksi: d.instruksi,
    catatan: d.catatan,
    batasWaktu: d.batasWaktu,
    derajatKecepatan: d.derajatKecepatan,
    createdAt: d.createdAt,
    ditarikAt: d.ditarikAt,
    parentPenerimaId: d.parentPenerimaId,
    penerima: d.penerima.map((p) => ({
      id: p.id,
      jabatanId: p.jabatanId,
      jabatan: p.jabatan,
      status: p.status,
      batasWaktu: p.batasWaktu,
      readAt: p.readAt,
      selesaiAt: p.selesaiAt,
      tindakLanjut: p.tindakLanjut.map((t) => ({ id: t.id, catatan: t.catatan, selesai: t.selesai, createdAt: t.createdAt, berkas: t.berkas })),
    })),
  }));
}

describe('a letter disposisi tree in one statement', () => {
  it('equals the tree loaded relation by relation: several recipients, reports with and without files, a withdrawn branch', async () => {
    const w = await createDisposisiWorld();
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Rapat koordinasi data' });
    const kepala = await actorFor(w.kepala.id);
    await giveDisposisi(kepala, give(delivery.naskahId, [w.kabid.jabatan.id, w.kabid2.jabatan.id]));
    const kabid = await actorFor(w.kabid.pegawai.id);
    const [toKabid] = await listDisposisiMasuk(kabid);
    await giveDisposisi(kabid, give(delivery.naskahId, [w.staf.jabatan.id]));
    const staf = await actorFor(w.staf.pegawai.id);
    const [toStaf] = await listDisposisiMasuk(staf);
    await reportTindakLanjut(staf, { penerimaDisposisiId: toStaf!.id, catatan: 'Bahan sedang disusun.', selesai: false, lampiran: [] });
    await reportTindakLanjut(staf, {
      penerimaDisposisiId: toStaf!.id,
      catatan: 'Notulen dan foto terlampir.',
      selesai: true,
      lampiran: [asFile(await tinyPdf('Notulen'), 'notulen.pdf'), asFile(tinyPng(), 'foto.png', 'image/png')],
    });
    await reportTindakLanjut(kabid, { penerimaDisposisiId: toKabid!.id, catatan: 'Diteruskan ke staf.', selesai: false, lampiran: [] });
    // A second disposisi from the kepala, withdrawn before anyone read it.
    await giveDisposisi(kepala, give(delivery.naskahId, [w.sekretaris.jabatan.id]));
    const latest = await prisma.disposisi.findFirstOrThrow({ where: { naskahId: delivery.naskahId, dariJabatanId: w.kepalaJabatan.id }, orderBy: { createdAt: 'desc' } });
    await withdrawDisposisi(kepala, latest.id);

    const tree = await readDisposisiTree(delivery.naskahId);
    expect(tree).toEqual(await treeByRelations(delivery.naskahId));
    // The reference is not trivially empty: every level is there.
    expect(tree).toHaveLength(3);
    expect(tree[0]!.penerima).toHaveLength(2);
    expect(tree[1]!.penerima[0]!.tindakLanjut.map((t) => t.berkas.map((b) => b.namaFile))).toEqual([[], ['notulen.pdf', 'foto.png']]);
    expect(tree[2]!.ditarikAt).not.toBeNull();
  });

  it('is empty for a letter without disposisi and for an id that is no letter', async () => {
    const w = await createDisposisiWorld();
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Belum didisposisikan' });
    expect(await readDisposisiTree(delivery.naskahId)).toEqual([]);
    expect(await readDisposisiTree('00000000-0000-4000-8000-000000000000')).toEqual([]);
  });
});
