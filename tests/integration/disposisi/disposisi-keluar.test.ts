import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { giveDisposisiSchema } from '@/lib/domain/disposisi/give-schema';
import { BARIS_PER_HALAMAN } from '@/lib/domain/daftar/halaman';
import { giveDisposisi } from '@/lib/services/disposisi/give-disposisi';
import { halamanDisposisiKeluar } from '@/lib/services/disposisi/list-disposisi-keluar';
import { withdrawDisposisi } from '@/lib/services/disposisi/withdraw-disposisi';
import { openSurat } from '@/lib/services/surat-masuk/open-surat';
import { actorFor } from '../support/actors';
import { ForbiddenError } from '@/lib/domain/errors';
import { createDisposisiWorld, createPegawai, deliverLetter } from '../support/factories';

// A Kepala Dinas could see only the overdue disposisi he gave (/disposisi); not what he sent last
// week, to whom, or whether they opened it.
describe('disposisi the post gave (/disposisi/keluar)', () => {
  it('lists them newest first with each recipient, a page at a time, for the giving post only', async () => {
    const w = await createDisposisiWorld();
    const kepala = await actorFor(w.kepala.id);
    const beri = async (perihal: string, penerima: string[]) => {
      const { naskahId } = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal });
      return { naskahId, ...(await giveDisposisi(kepala, giveDisposisiSchema.parse({ naskahId, penerima, instruksi: ['Untuk diketahui'] }))) };
    };
    const pertama = await beri('Surat pertama', [w.kabid.jabatan.id, w.kabid2.jabatan.id]);
    for (let i = 0; i < BARIS_PER_HALAMAN - 1; i++) await beri(`Surat antara ${i}`, [w.kabid.jabatan.id]);
    const ditarik = await beri('Surat ditarik', [w.kabid2.jabatan.id]);
    await withdrawDisposisi(kepala, ditarik.disposisiId);
    // The kabid opens the first letter and passes it on (which acts on it): the Kepala's list says
    // so; the other kabid has not opened it. What the kabid passes on is his, not the Kepala's.
    await openSurat(await actorFor(w.kabid.pegawai.id), pertama.naskahId);
    const kabid = await actorFor(w.kabid.pegawai.id);
    await giveDisposisi(kabid, giveDisposisiSchema.parse({ naskahId: pertama.naskahId, penerima: [w.staf.jabatan.id], instruksi: ['Untuk diketahui'] }));

    const satu = await halamanDisposisiKeluar(kepala, undefined);
    expect(satu.rows).toHaveLength(BARIS_PER_HALAMAN);
    expect(satu.rows[0]).toMatchObject({ perihal: 'Surat ditarik', ditarikAt: expect.any(Date) });
    expect(satu.nextCursor).not.toBeNull();
    const dua = await halamanDisposisiKeluar(kepala, satu.nextCursor!);
    expect(dua.rows.map((r) => r.perihal)).toEqual(['Surat pertama']);
    expect(dua.nextCursor).toBeNull();
    expect(dua.rows[0]!.penerima).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ nama: w.kabid.jabatan.nama, status: 'DITINDAKLANJUTI' }),
        expect.objectContaining({ nama: w.kabid2.jabatan.nama, status: 'BELUM_DIBACA' }),
      ]),
    );
    const semua = [...satu.rows, ...dua.rows];
    expect(new Set(semua.map((r) => r.id)).size).toBe(BARIS_PER_HALAMAN + 1);
    expect(semua.map((r) => r.diberikan.getTime())).toEqual([...semua.map((r) => r.diberikan.getTime())].sort((a, b) => b - a));

    expect((await halamanDisposisiKeluar(kabid, undefined)).rows.map((r) => r.perihal)).toEqual(['Surat pertama']);
    // A tampered cursor starts the list over.
    expect((await halamanDisposisiKeluar(kepala, 'bukan-kursor')).rows[0]!.perihal).toBe('Surat ditarik');
    expect(await prisma.disposisi.count({ where: { dariJabatanId: w.kepalaJabatan.id } })).toBe(BARIS_PER_HALAMAN + 1);
    // Someone holding no post gives nothing and sees no one's list.
    const tanpaJabatan = await actorFor((await createPegawai(w.instansi.id, w.opd.id)).id);
    await expect(halamanDisposisiKeluar(tanpaJabatan, undefined)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
