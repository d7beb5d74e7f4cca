// The penugasan history of an OPD with years of it: a page at a time, searched, and one assignment
// ended from ?akhiri= without reaching another OPD's.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { penugasanFilterSchema } from '@/lib/domain/admin/schemas';
import { ForbiddenError, NotFoundError } from '@/lib/domain/errors';
import { parseQuery } from '@/lib/domain/input/query';
import { formatNip } from '@/lib/domain/pegawai/nip';
import { listPenugasanOpd, PENUGASAN_PER_HALAMAN } from '@/lib/services/admin/list-penugasan-opd';
import { actorFor } from '../support/actors';
import { assign, createJabatan, createPegawai, createWorld, grantRole } from '../support/factories';

describe('penugasan history a page at a time', () => {
  it('pages newest first, finds by name, NIP or jabatan, and loads only this OPD’s assignment to end', async () => {
    const w = await createWorld();
    const admin = await createPegawai(w.instansi.id, w.opd.id);
    await grantRole(w.instansi.id, admin.id, 'ADMIN_OPD', w.opd.id);
    const actor = await actorFor(admin.id);
    const sekretaris = await createJabatan(w.opd.id, { level: 2, nama: 'Sekretaris Dinas Uji' });
    // 53 earlier holders of the sekretaris post, one a month, each ended: a long history.
    for (let i = 0; i < PENUGASAN_PER_HALAMAN + 3; i++) {
      const p = await createPegawai(w.instansi.id, w.opd.id);
      const month = String((i % 12) + 1).padStart(2, '0');
      await assign(p.id, sekretaris.id, 'PLH', `${2015 + Math.floor(i / 12)}-${month}-01`, `${2015 + Math.floor(i / 12)}-${month}-10`);
    }

    const satu = await listPenugasanOpd(actor, w.opd.id, { halaman: 1 });
    const dua = await listPenugasanOpd(actor, w.opd.id, { halaman: 2 });
    expect(satu.total).toBe(PENUGASAN_PER_HALAMAN + 4);
    expect(satu.penugasan).toHaveLength(PENUGASAN_PER_HALAMAN);
    expect(dua.penugasan).toHaveLength(4);
    // Newest first: the kepala's (2020) is on page 1, the 2015 ones at the end of page 2.
    expect(satu.penugasan[0]!.mulai >= satu.penugasan[1]!.mulai).toBe(true);
    expect(dua.penugasan.at(-1)!.mulai).toBe('2015-01-01');
    expect(new Set([...satu.penugasan, ...dua.penugasan].map((p) => p.id)).size).toBe(PENUGASAN_PER_HALAMAN + 4);
    expect((await listPenugasanOpd(actor, w.opd.id, { halaman: 3 })).penugasan).toEqual([]);

    // By the jabatan, the pegawai's name, the NIP as printed.
    expect((await listPenugasanOpd(actor, w.opd.id, { q: 'kepala dinas uji' })).penugasan.map((p) => p.id)).toHaveLength(1);
    const kepalaNip = (await listPenugasanOpd(actor, w.opd.id, { q: formatNip(w.kepala.nip) })).penugasan;
    expect(kepalaNip.map((p) => p.jabatan)).toEqual(['Kepala Dinas Uji']);
    // The whole name (its tail may be all digits, which would be read as a NIP).
    const byName = await listPenugasanOpd(actor, w.opd.id, { q: w.kepala.nama.toLowerCase() });
    expect(byName.penugasan.map((p) => p.nip)).toContain(w.kepala.nip);
    expect((await listPenugasanOpd(actor, w.opd.id, { q: '%' })).total).toBe(0);

    // ?akhiri= loads that assignment, of this OPD only.
    const kepalaRow = kepalaNip[0]!;
    expect((await listPenugasanOpd(actor, w.opd.id, { akhiri: kepalaRow.id })).akhiri?.jabatan).toBe('Kepala Dinas Uji');
    const other = await createWorld();
    const theirs = await prisma.penugasanJabatan.findFirstOrThrow({ where: { pegawaiId: other.kepala.id } });
    expect((await listPenugasanOpd(actor, w.opd.id, { akhiri: theirs.id })).akhiri).toBeNull();
    // And another OPD's history stays closed to this admin.
    await expect(listPenugasanOpd(actor, other.opd.id, {})).rejects.toSatisfy((e) => e instanceof ForbiddenError || e instanceof NotFoundError);
  });

  it('reads its filters from the query string, dropping a bad one with a notice', () => {
    expect(parseQuery(penugasanFilterSchema, { q: 'sekretaris', halaman: '2', akhiri: '' })).toEqual({ data: { q: 'sekretaris', halaman: 2, akhiri: undefined }, notice: null });
    const bad = parseQuery(penugasanFilterSchema, { q: 'a\u0000b', halaman: 'x', akhiri: 'bukan-uuid' });
    expect(bad.data).toEqual({ q: '', halaman: 1, akhiri: undefined });
    expect(bad.notice).toMatch(/^Saringan diabaikan: /);
    expect(bad.notice).toContain('Penugasan yang akan diakhiri tidak dikenali.');
  });
});
