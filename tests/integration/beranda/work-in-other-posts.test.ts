import { describe, expect, it } from 'vitest';
import { countWorkInOtherPosts } from '@/lib/services/beranda/count-work-in-other-posts';
import { actorFor } from '../support/actors';
import { assign, createJabatan, createPegawai, createWorld, deliverLetter } from '../support/factories';

describe('work waiting in the post one is not acting as', () => {
  it('a Plt. acting in the definitive post is told of the letters in the acting post, and the other way round', async () => {
    const w = await createWorld();
    const sekretaris = await createJabatan(w.opd.id, { parentId: w.kepalaJabatan.id, level: 2, nama: 'Sekretaris' });
    const kabid = await createJabatan(w.opd.id, { parentId: w.kepalaJabatan.id, level: 2, nama: 'Kepala Bidang Uji' });
    const pegawai = await createPegawai(w.instansi.id, w.opd.id);
    await assign(pegawai.id, sekretaris.id, 'DEFINITIF', '2020-01-01');
    await assign(pegawai.id, kabid.id, 'PLT', '2020-01-01');
    await deliverLetter(w.opd.id, kabid.id, { perihal: 'Untuk Kabid' });
    await deliverLetter(w.opd.id, kabid.id, { perihal: 'Untuk Kabid juga' });

    const asSekretaris = await actorFor(pegawai.id, sekretaris.id);
    expect(await countWorkInOtherPosts(asSekretaris)).toEqual([{ jabatanId: kabid.id, label: 'Plt. Kepala Bidang Uji', jumlah: 2 }]);
    // Acting as the Plt. post: nothing waits in the Sekretaris post, so no hint.
    expect(await countWorkInOtherPosts(await actorFor(pegawai.id, kabid.id))).toEqual([]);
    // One post only: never a hint.
    expect(await countWorkInOtherPosts(await actorFor(w.kepala.id))).toEqual([]);
  });
});
