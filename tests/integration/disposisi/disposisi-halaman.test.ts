// The Disposisi list page by page: following each page's cursor gives every open and finished
// disposisi of the post exactly once, in the list's order (open first, newest first, ties by id),
// never a withdrawn one; a cursor from a hand-edited URL starts the list over.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { BARIS_PER_HALAMAN } from '@/lib/domain/daftar/halaman';
import { encodeDisposisiMasukKursor, type DisposisiMasukKursor } from '@/lib/domain/disposisi/masuk-cursor';
import type { StatusDisposisi } from '@/lib/generated/prisma/enums';
import { halamanDisposisiMasuk, listDisposisiMasuk } from '@/lib/services/disposisi/list-disposisi-masuk';
import { actorFor } from '../support/actors';
import { createDisposisiWorld, deliverLetter } from '../support/factories';

const STATUSES: StatusDisposisi[] = ['BELUM_DIBACA', 'DIBACA', 'DITINDAKLANJUTI', 'SELESAI', 'DITARIK'];
const SAMA = new Date('2026-03-01T03:00:00.000Z');

/** `n` disposisi from the kepala to the kabid: every status in turn, every fourth at one same time. */
async function disposisiKeKabid(w: Awaited<ReturnType<typeof createDisposisiWorld>>, n: number) {
  for (let i = 0; i < n; i++) {
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: `Surat halaman ${i}` });
    const createdAt = i % 4 === 0 ? SAMA : new Date(Date.UTC(2026, 0, 1) + i * 3_600_000);
    const d = await prisma.disposisi.create({
      data: { naskahId: delivery.naskahId, deliveryId: delivery.id, dariJabatanId: w.kepalaJabatan.id, dariPegawaiId: w.kepala.id, instruksi: ['Untuk diketahui'], createdAt },
    });
    await prisma.penerimaDisposisi.create({ data: { disposisiId: d.id, jabatanId: w.kabid.jabatan.id, dariJabatanId: w.kepalaJabatan.id, status: STATUSES[i % STATUSES.length]!, createdAt } });
  }
}

describe('Disposisi list pages', () => {
  it('pages through every disposisi once, in order, across statuses and equal times', async () => {
    const w = await createDisposisiWorld();
    // 75 disposisi to the kabid: every status, and runs of equal times across page ends.
    await disposisiKeKabid(w, 75);
    const kabid = await actorFor(w.kabid.pegawai.id);
    const semua = await listDisposisiMasuk(kabid, { take: 500 });
    expect(semua).toHaveLength(60);
    expect(semua.some((r) => r.status === 'DITARIK')).toBe(false);

    const dilihat: typeof semua = [];
    let setelah: string | undefined;
    let halaman = 0;
    do {
      const page = await halamanDisposisiMasuk(kabid, setelah);
      expect(page.rows.length).toBeLessThanOrEqual(BARIS_PER_HALAMAN);
      dilihat.push(...page.rows);
      setelah = page.nextCursor ?? undefined;
      halaman++;
    } while (setelah && halaman < 10);
    expect(halaman).toBe(Math.ceil(60 / BARIS_PER_HALAMAN));
    expect(dilihat.map((r) => r.id)).toEqual(semua.map((r) => r.id));
    // The list's order: the status enum's order, then newest first, then id (descending) among equal times.
    const urut = [...semua].sort((a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) || b.diterima.getTime() - a.diterima.getTime() || (a.id < b.id ? 1 : -1));
    expect(semua.map((r) => r.id)).toEqual(urut.map((r) => r.id));

    // Smaller pages cross status boundaries and runs of equal times many times over.
    const kecil: string[] = [];
    let kursor: DisposisiMasukKursor | null = null;
    for (let i = 0; i < 40; i++) {
      const rows = await listDisposisiMasuk(kabid, { take: 7, setelah: kursor });
      if (rows.length === 0) break;
      kecil.push(...rows.map((r) => r.id));
      const last = rows.at(-1)!;
      kursor = { s: last.status as DisposisiMasukKursor['s'], c: last.diterima.toISOString(), id: last.id };
    }
    expect(kecil).toEqual(semua.map((r) => r.id));
  });

  it('starts over on a cursor it did not make', async () => {
    const w = await createDisposisiWorld();
    await disposisiKeKabid(w, 4);
    const kabid = await actorFor(w.kabid.pegawai.id);
    const first = await halamanDisposisiMasuk(kabid, undefined);
    expect(first.rows).toHaveLength(4);
    const [a] = first.rows;
    // A cursor it made moves on...
    expect((await halamanDisposisiMasuk(kabid, encodeDisposisiMasukKursor({ s: a!.status as DisposisiMasukKursor['s'], c: a!.diterima.toISOString(), id: a!.id }))).rows).toEqual(first.rows.slice(1));
    // ...anything else is the first page again.
    for (const bad of ['bukan-kursor', encodeDisposisiMasukKursor({ s: 'DITARIK' as 'SELESAI', c: new Date().toISOString(), id: w.kabid.jabatan.id }), Buffer.from(JSON.stringify({ s: 'DIBACA', c: 'x', id: "1' OR 1=1" })).toString('base64url'), 'A'.repeat(5000)]) {
      expect(await halamanDisposisiMasuk(kabid, bad)).toEqual(first);
    }
  });
});
