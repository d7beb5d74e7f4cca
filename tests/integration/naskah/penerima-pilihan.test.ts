// The konsep editor's tujuan and tembusan suggestions, asked as the drafter types instead of every
// post of the instansi carried in the page.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { ForbiddenError } from '@/lib/domain/errors';
import { penerimaPilihanSchema } from '@/lib/domain/naskah/konsep-schema';
import { PENERIMA_PILIHAN_MAX, listPenerimaPilihan } from '@/lib/services/naskah/list-penerima-pilihan';
import { actorFor } from '../support/actors';
import { createJabatan, createOpd, createPegawai, createWorld } from '../support/factories';

describe('listPenerimaPilihan', () => {
  it("offers the instansi's active posts whose name or OPD holds the text, the drafter's OPD first, never another instansi's", async () => {
    const w = await createWorld();
    const lain = await prisma.opd.update({ where: { id: (await createOpd(w.instansi.id)).id }, data: { nama: 'Aaa Badan Uji', singkatan: 'BAPPEDAUJI' } });
    const kabidLain = await createJabatan(lain.id, { level: 2, nama: 'Kepala Bidang Perencanaan Tata Ruang' });
    const kabidSendiri = await createJabatan(w.opd.id, { parentId: w.kepalaJabatan.id, level: 2, nama: 'Kepala Bidang Tata Kelola' });
    const pensiun = await createJabatan(w.opd.id, { level: 2, nama: 'Kepala Bidang Tata Lama' });
    await prisma.jabatan.update({ where: { id: pensiun.id }, data: { aktif: false } });
    const pemdaLain = await createWorld();
    await createJabatan(pemdaLain.opd.id, { level: 2, nama: 'Kepala Bidang Tata Usaha Pemda Lain' });
    const kepala = await actorFor(w.kepala.id);

    const ids = async (teks: string) => (await listPenerimaPilihan(kepala, teks)).map((p) => p.id);
    // Own OPD first although "Aaa Badan Uji" sorts first; case ignored; the retired post and the other pemda's never.
    expect(await ids('KEPALA BIDANG')).toEqual([kabidSendiri.id, kabidLain.id]);
    expect(await ids('tata')).toEqual([kabidSendiri.id, kabidLain.id]);
    // The OPD's abbreviation is part of what is matched, as it is part of the label.
    expect(await listPenerimaPilihan(kepala, 'bappedauji')).toEqual([{ id: kabidLain.id, label: 'Kepala Bidang Perencanaan Tata Ruang (BAPPEDAUJI)' }]);
    // One character matches half the instansi: nothing yet. LIKE's wildcards are letters.
    expect(await ids('k')).toEqual([]);
    expect(await ids('%%')).toEqual([]);
    expect(await ids('_epala')).toEqual([]);
  });

  it('offers at most PENERIMA_PILIHAN_MAX posts', async () => {
    const w = await createWorld();
    for (let i = 0; i < PENERIMA_PILIHAN_MAX + 4; i++) await createJabatan(w.opd.id, { level: 3, nama: `Analis Kebijakan ${i}` });
    expect(await listPenerimaPilihan(await actorFor(w.kepala.id), 'analis')).toHaveLength(PENERIMA_PILIHAN_MAX);
  });

  it('answers only someone who may draft; the text is checked in Indonesian', async () => {
    const w = await createWorld();
    const tanpaJabatan = await createPegawai(w.instansi.id, w.opd.id);
    await expect(listPenerimaPilihan(await actorFor(tanpaJabatan.id), 'kepala')).rejects.toBeInstanceOf(ForbiddenError);
    const panjang = penerimaPilihanSchema.safeParse({ teks: 'a'.repeat(101) });
    expect(panjang.error?.issues.map((i) => i.message)).toEqual(['Nama jabatan yang dicari paling panjang 100 karakter.']);
    expect(penerimaPilihanSchema.safeParse({ teks: 'a\u0000b' }).success).toBe(false);
    expect(penerimaPilihanSchema.parse({})).toEqual({ teks: '' });
  });
});
