import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { verifyPassword } from '@/lib/auth/password';
import { calendarDay } from '@/lib/domain/jabatan/acting';
import { checkNip, isValidNik } from '@/lib/domain/pegawai/nip';
import { INSTRUKSI_DISPOSISI_DEFAULT } from '@/lib/domain/disposisi/instruksi-default';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoAccount } from '@/prisma/seed/demo-accounts';
import { seedDemo, type SeedDemoResult } from '@/prisma/seed/seed-demo';

// The demo seed writes fixed natural keys (instansi DEMO); other tests use random keys, so this
// file can share the database with them.
const today = calendarDay(new Date());
const hari = new Date(`${today}T00:00:00Z`);
const efektifHariIni = { mulai: { lte: hari }, OR: [{ selesai: null }, { selesai: { gte: hari } }] };

let first: SeedDemoResult;
let second: SeedDemoResult;

beforeAll(async () => {
  first = await seedDemo(prisma);
  second = await seedDemo(prisma);
}, 180_000);

describe('seedDemo', () => {
  it('changes nothing when run a second time', () => {
    expect(second.instansiId).toBe(first.instansiId);
    expect(second.counts).toEqual(first.counts);
    expect(first.counts.opd).toBeGreaterThanOrEqual(5);
    expect(first.counts.pegawai).toBeGreaterThanOrEqual(60);
  });

  it('never duplicates an assignment', async () => {
    const rows = await prisma.penugasanJabatan.findMany({
      where: { pegawai: { instansiId: first.instansiId } },
      select: { pegawaiId: true, jabatanId: true, jenis: true, mulai: true },
    });
    const keys = rows.map((r) => `${r.pegawaiId}/${r.jabatanId}/${r.jenis}/${r.mulai.toISOString()}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every pegawai a valid NIP and NIK', async () => {
    const pegawai = await prisma.pegawai.findMany({ where: { instansiId: first.instansiId }, select: { nip: true, nik: true } });
    expect(pegawai.filter((p) => !checkNip(p.nip).ok)).toEqual([]);
    expect(pegawai.filter((p) => !isValidNik(p.nik))).toEqual([]);
  });

  it('builds each OPD as a jabatan tree of levels 1-4 with one pimpinan', async () => {
    const opd = await prisma.opd.findMany({
      where: { instansiId: first.instansiId },
      select: { kode: true, jabatan: { select: { id: true, level: true, parentId: true, isPimpinanOpd: true } } },
    });
    for (const o of opd) {
      const levelById = new Map(o.jabatan.map((j) => [j.id, j.level]));
      const pimpinan = o.jabatan.filter((j) => j.isPimpinanOpd);
      expect(pimpinan, o.kode).toHaveLength(1);
      expect(pimpinan[0]).toMatchObject({ level: 1, parentId: null });
      expect([...new Set(o.jabatan.map((j) => j.level))].sort(), o.kode).toEqual([1, 2, 3, 4]);
      for (const j of o.jabatan.filter((x) => !x.isPimpinanOpd)) {
        expect(levelById.get(j.parentId ?? ''), `${o.kode} level ${j.level}`).toBe(j.level - 1);
      }
    }
  });

  it('fills every post definitively today except one vacant post held by exactly one Plt.', async () => {
    const jabatan = await prisma.jabatan.findMany({
      where: { opd: { instansiId: first.instansiId } },
      select: { id: true, penugasan: { where: efektifHariIni, select: { jenis: true, pegawaiId: true } } },
    });
    const tanpaDefinitif = jabatan.filter((j) => !j.penugasan.some((p) => p.jenis === 'DEFINITIF'));
    expect(tanpaDefinitif).toHaveLength(1);

    const plt = await prisma.penugasanJabatan.findMany({
      where: { jenis: 'PLT', pegawai: { instansiId: first.instansiId }, ...efektifHariIni },
      select: { jabatanId: true, pegawai: { select: { nip: true } } },
    });
    expect(plt).toHaveLength(1);
    expect(plt[0].jabatanId).toBe(tanpaDefinitif[0].id);
    expect(plt[0].pegawai.nip).toBe(demoAccount('plt').nip);
  });

  it('grants one admin instansi, one admin OPD and one pencatat per OPD', async () => {
    const grants = await prisma.roleGrant.findMany({
      where: { instansiId: first.instansiId },
      select: { role: true, opdId: true, pegawai: { select: { nip: true } } },
    });
    const admin = grants.filter((g) => g.role === 'ADMIN_INSTANSI');
    expect(admin).toEqual([{ role: 'ADMIN_INSTANSI', opdId: null, pegawai: { nip: demoAccount('admin').nip } }]);
    const diskominfo = await prisma.opd.findFirstOrThrow({ where: { instansiId: first.instansiId, kode: 'DISKOMINFO' } });
    expect(grants.filter((g) => g.role === 'ADMIN_OPD')).toEqual([
      { role: 'ADMIN_OPD', opdId: diskominfo.id, pegawai: { nip: demoAccount('adminOpd').nip } },
    ]);
    const pencatatOpd = grants.filter((g) => g.role === 'PENCATAT').map((g) => g.opdId);
    expect(pencatatOpd).toHaveLength(first.counts.opd);
    expect(new Set(pencatatOpd).size).toBe(first.counts.opd);
    expect(grants.some((g) => g.role === 'PENCATAT' && g.opdId === diskominfo.id && g.pegawai.nip === demoAccount('pencatat').nip)).toBe(true);
  });

  it('lets each demo account sign in with the demo password as the post the README promises', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const pegawai = await prisma.pegawai.findUniqueOrThrow({
        where: { nip: account.nip },
        select: { email: true, penugasan: { where: { jenis: 'DEFINITIF', ...efektifHariIni }, select: { jabatan: { select: { kode: true, opd: { select: { kode: true } } } } } } },
      });
      expect(pegawai.email, account.key).toBe(account.email);
      expect(pegawai.penugasan.map((p) => `${p.jabatan.opd.kode}/${p.jabatan.kode}`), account.key).toEqual([`${account.opd}/${account.jabatan}`]);
    }
    const { passwordHash } = await prisma.pegawai.findUniqueOrThrow({ where: { nip: demoAccount('staf').nip } });
    expect(await verifyPassword(passwordHash, DEMO_PASSWORD)).toBe(true);
    expect(first.accounts.find((a) => a.key === 'plt')?.jabatan).toMatch(/^Sekretaris \(BAPPEDA\) \+ Plt\. Kepala Bidang/);
  });

  it('links at least 50 kode klasifikasi arsip to the parent named by their dotted prefix', async () => {
    const klasifikasi = await prisma.klasifikasiArsip.findMany({
      where: { instansiId: first.instansiId },
      select: { kode: true, parent: { select: { kode: true } } },
    });
    expect(klasifikasi.length).toBeGreaterThanOrEqual(50);
    for (const k of klasifikasi) {
      const prefix = k.kode.includes('.') ? k.kode.slice(0, k.kode.lastIndexOf('.')) : null;
      expect(k.parent?.kode ?? null, k.kode).toBe(prefix);
    }
    expect(klasifikasi.find((k) => k.kode === '800.1.11.1')?.parent?.kode).toBe('800.1.11');
  });

  it('gives every OPD the default disposisi instructions and numbering templates', async () => {
    const opd = await prisma.opd.findMany({
      where: { instansiId: first.instansiId },
      select: {
        kode: true,
        instruksiDisposisi: { select: { teks: true }, orderBy: { urutan: 'asc' } },
        templatePenomoran: { select: { jenis: true, template: true } },
      },
    });
    for (const o of opd) {
      expect(o.instruksiDisposisi.map((i) => i.teks), o.kode).toEqual([...INSTRUKSI_DISPOSISI_DEFAULT]);
      expect(o.templatePenomoran, o.kode).toEqual(
        expect.arrayContaining([
          { jenis: null, template: '{klasifikasi}/{nomor}/{unit}/{tahun}' },
          { jenis: 'KEPUTUSAN', template: '{nomor} TAHUN {tahun}' },
        ]),
      );
    }
  });
});
