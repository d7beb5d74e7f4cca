// The giver's overdue list page by page (/disposisi/terlambat): following each page's cursor gives
// every overdue, unfinished disposisi the post gave exactly once, oldest deadline first (ties by id),
// never a done, withdrawn or not-yet-due one nor another giver's; a cursor from a hand-edited URL
// starts the list over.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { BARIS_PER_HALAMAN, TERLAMBAT_RINGKAS } from '@/lib/domain/daftar/halaman';
import { encodeDisposisiTerlambatKursor } from '@/lib/domain/disposisi/terlambat-cursor';
import type { StatusDisposisi } from '@/lib/generated/prisma/enums';
import { halamanDisposisiTerlambat, listDisposisiTerlambat, ringkasDisposisiTerlambat } from '@/lib/services/disposisi/list-disposisi-terlambat';
import { actorFor } from '../support/actors';
import { createDisposisiWorld, deliverLetter } from '../support/factories';

const STATUSES: StatusDisposisi[] = ['BELUM_DIBACA', 'DIBACA', 'DITINDAKLANJUTI', 'SELESAI', 'DITARIK'];
const SEKARANG = new Date('2026-06-01T00:00:00.000Z');
const SAMA = new Date('2026-03-01T16:59:59.000Z');

/** `n` disposisi from the kepala to the kabid: every status in turn, deadlines before SEKARANG (every fourth the same one), every seventh not yet due. */
async function disposisiDariKepala(w: Awaited<ReturnType<typeof createDisposisiWorld>>, n: number) {
  for (let i = 0; i < n; i++) {
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: `Surat terlambat ${i}` });
    const batasWaktu = i % 7 === 6 ? new Date('2026-07-01T16:59:59.000Z') : i % 4 === 0 ? SAMA : new Date(Date.UTC(2026, 0, 1) + i * 86_400_000);
    const status = STATUSES[i % STATUSES.length]!;
    const d = await prisma.disposisi.create({
      data: { naskahId: delivery.naskahId, deliveryId: delivery.id, dariJabatanId: w.kepalaJabatan.id, dariPegawaiId: w.kepala.id, instruksi: ['Untuk ditindaklanjuti'], ...(status === 'DITARIK' && { ditarikAt: new Date() }) },
    });
    await prisma.penerimaDisposisi.create({ data: { disposisiId: d.id, jabatanId: w.kabid.jabatan.id, dariJabatanId: w.kepalaJabatan.id, status, batasWaktu } });
  }
}

describe('the overdue list, page by page', () => {
  it('pages through every overdue disposisi once, oldest deadline first, ties by id', async () => {
    const w = await createDisposisiWorld();
    await disposisiDariKepala(w, 80);
    // Another giver's overdue work is not the kepala's.
    const other = await createDisposisiWorld();
    await disposisiDariKepala(other, 3);
    const kepala = await actorFor(w.kepala.id);
    const semua = await listDisposisiTerlambat(kepala, SEKARANG, { take: 500 });
    // Open (3 of every 5 statuses) and due (6 of every 7): 80 -> the rows counted by hand.
    const harapan = Array.from({ length: 80 }, (_, i) => i).filter((i) => i % 5 < 3 && i % 7 !== 6);
    expect(semua).toHaveLength(harapan.length);
    expect(semua.length).toBeGreaterThan(2 * BARIS_PER_HALAMAN);
    expect(semua.every((r) => r.batasWaktu < SEKARANG && ['BELUM_DIBACA', 'DIBACA', 'DITINDAKLANJUTI'].includes(r.status))).toBe(true);
    const urut = [...semua].sort((a, b) => a.batasWaktu.getTime() - b.batasWaktu.getTime() || (a.id < b.id ? -1 : 1));
    expect(semua.map((r) => r.id)).toEqual(urut.map((r) => r.id));

    const dilihat: string[] = [];
    let setelah: string | undefined;
    let halaman = 0;
    do {
      const page = await halamanDisposisiTerlambat(kepala, setelah, SEKARANG);
      expect(page.rows.length).toBeLessThanOrEqual(BARIS_PER_HALAMAN);
      dilihat.push(...page.rows.map((r) => r.id));
      setelah = page.nextCursor ?? undefined;
      halaman++;
    } while (setelah && halaman < 10);
    expect(halaman).toBe(Math.ceil(semua.length / BARIS_PER_HALAMAN));
    expect(dilihat).toEqual(semua.map((r) => r.id));

    // Pages of 3 cross the run of equal deadlines many times.
    const kecil: string[] = [];
    let kursor: { b: string; id: string } | null = null;
    for (let i = 0; i < 40; i++) {
      const rows = await listDisposisiTerlambat(kepala, SEKARANG, { take: 3, setelah: kursor });
      if (rows.length === 0) break;
      kecil.push(...rows.map((r) => r.id));
      kursor = { b: rows.at(-1)!.batasWaktu.toISOString(), id: rows.at(-1)!.id };
    }
    expect(kecil).toEqual(semua.map((r) => r.id));
  });

  it('starts over on a cursor it did not make, and shows a post only what it gave', async () => {
    const w = await createDisposisiWorld();
    await disposisiDariKepala(w, 5);
    const kepala = await actorFor(w.kepala.id);
    const first = await halamanDisposisiTerlambat(kepala, undefined, SEKARANG);
    expect(first.rows).toHaveLength(3);
    expect(first.nextCursor).toBeNull();
    const [a] = first.rows;
    expect((await halamanDisposisiTerlambat(kepala, encodeDisposisiTerlambatKursor({ b: a!.batasWaktu.toISOString(), id: a!.id }), SEKARANG)).rows).toEqual(first.rows.slice(1));
    for (const bad of ['bukan-kursor', Buffer.from(JSON.stringify({ b: 'x', id: "1' OR 1=1" })).toString('base64url'), Buffer.from(JSON.stringify({ b: SAMA.toISOString() })).toString('base64url'), 'A'.repeat(5000)]) {
      expect(await halamanDisposisiTerlambat(kepala, bad, SEKARANG)).toEqual(first);
    }
    // The kabid received them all and gave none: the kepala's overdue work is not on the kabid's list.
    expect(await halamanDisposisiTerlambat(await actorFor(w.kabid.pegawai.id), undefined, SEKARANG)).toEqual({ rows: [], nextCursor: null });
  });

  it("gives the Disposisi page the oldest few, and says when there are more", async () => {
    // 8 disposisi -> 5 open and due (i = 0, 1, 2, 5, 7); 5 -> 3.
    const w = await createDisposisiWorld();
    await disposisiDariKepala(w, 8);
    const kepala = await actorFor(w.kepala.id);
    const semua = await listDisposisiTerlambat(kepala, SEKARANG, { take: 500 });
    expect(semua).toHaveLength(5);
    const pas = await ringkasDisposisiTerlambat(kepala, SEKARANG);
    expect(pas).toEqual({ rows: semua, adaLagi: false });

    // One more overdue than the page shows: the five oldest, and the link to the rest.
    const delivery = await deliverLetter(w.opd.id, w.kepalaJabatan.id, { perihal: 'Surat terlambat paling baru' });
    const d = await prisma.disposisi.create({ data: { naskahId: delivery.naskahId, deliveryId: delivery.id, dariJabatanId: w.kepalaJabatan.id, dariPegawaiId: w.kepala.id, instruksi: ['Untuk ditindaklanjuti'] } });
    await prisma.penerimaDisposisi.create({ data: { disposisiId: d.id, jabatanId: w.kabid.jabatan.id, dariJabatanId: w.kepalaJabatan.id, status: 'DIBACA', batasWaktu: new Date('2026-05-31T16:59:59.000Z') } });
    const lebih = await ringkasDisposisiTerlambat(kepala, SEKARANG);
    expect(lebih.adaLagi).toBe(true);
    expect(lebih.rows).toHaveLength(TERLAMBAT_RINGKAS);
    expect(lebih.rows.map((r) => r.id)).toEqual(semua.map((r) => r.id));
    expect(lebih.rows.map((r) => r.perihal)).not.toContain('Surat terlambat paling baru');

    // The kabid gave none.
    expect(await ringkasDisposisiTerlambat(await actorFor(w.kabid.pegawai.id), SEKARANG)).toEqual({ rows: [], adaLagi: false });
  });
});
