import { describe, expect, it } from 'vitest';
import type { Actor, ActorPost } from '@/lib/authz/actor';
import { POST_PERMISSIONS, ROLE_PERMISSIONS, type Permission } from '@/lib/authz/permissions';
import { can, opdIdsWithRole } from '@/lib/authz/policy';
import { opdScope } from '@/lib/authz/scope';
import { bottomBarItems, navigationFor } from '@/lib/navigation';

const post = (over: Partial<ActorPost> = {}): ActorPost => ({
  jabatanId: 'j-staf',
  opdId: 'opd-a',
  opdNama: 'Dinas A',
  nama: 'Pranata Komputer',
  namaSingkat: 'Staf',
  jenisJabatan: 'PELAKSANA',
  level: 4,
  isPimpinanOpd: false,
  parentId: null,
  dapatMewakiliAtasan: false,
  penugasan: 'DEFINITIF',
  ...over,
});

const actor = (over: Partial<Actor> = {}): Actor => {
  const posts = over.posts ?? [post()];
  return { pegawaiId: 'p', instansiId: 'i', opdId: 'opd-a', nama: 'X', nip: '199003152015031002', roles: [], posts, activePost: posts[0] ?? null, ...over };
};

const staf = actor();
const kepala = actor({ posts: [post({ jabatanId: 'j-kadis', jenisJabatan: 'STRUKTURAL', level: 1, isPimpinanOpd: true })] });
const pencatat = actor({ roles: [{ role: 'PENCATAT', opdId: 'opd-a' }] });
const adminOpd = actor({ roles: [{ role: 'ADMIN_OPD', opdId: 'opd-a' }] });
const adminInstansi = actor({ roles: [{ role: 'ADMIN_INSTANSI', opdId: null }] });
const tanpaJabatan = actor({ posts: [], activePost: null });

// Every permission for every kind of actor, with and without a resource in another OPD.
const EXPECTED: Record<string, Permission[]> = {
  staf: ['suratMasuk.read', 'disposisi.give', 'disposisi.receive', 'naskah.draft', 'arsip.read'],
  kepala: ['suratMasuk.read', 'disposisi.give', 'disposisi.receive', 'naskah.draft', 'naskah.verify', 'naskah.sign', 'arsip.read'],
  pencatat: ['suratMasuk.read', 'disposisi.give', 'disposisi.receive', 'naskah.draft', 'arsip.read', 'suratMasuk.register'],
  adminOpd: [
    'suratMasuk.read', 'disposisi.give', 'disposisi.receive', 'naskah.draft', 'arsip.read',
    'admin.view', 'opd.manage', 'pegawai.manage', 'role.grant', 'audit.view', 'arsip.penyusutan',
  ],
  adminInstansi: [
    'suratMasuk.read', 'disposisi.give', 'disposisi.receive', 'naskah.draft', 'arsip.read',
    ...(Object.keys(ROLE_PERMISSIONS) as Permission[]).filter((p) => p !== 'suratMasuk.register'),
  ],
  tanpaJabatan: [],
};
const ACTORS = { staf, kepala, pencatat, adminOpd, adminInstansi, tanpaJabatan };
const ALL_PERMISSIONS = [...Object.keys(ROLE_PERMISSIONS), ...Object.keys(POST_PERMISSIONS)] as Permission[];

describe('permission matrix (own OPD)', () => {
  for (const [name, a] of Object.entries(ACTORS)) {
    for (const permission of ALL_PERMISSIONS) {
      const expected = EXPECTED[name]!.includes(permission);
      it(`${name} ${expected ? 'may' : 'may not'} ${permission}`, () => {
        expect(can(a, permission, { opdId: 'opd-a' })).toBe(expected);
      });
    }
  }
});

describe('another OPD', () => {
  it.each(ALL_PERMISSIONS)('only admin instansi may %s in another OPD', (permission) => {
    for (const [name, a] of Object.entries(ACTORS)) {
      const expected = name === 'adminInstansi' && EXPECTED.adminInstansi!.includes(permission) && permission in ROLE_PERMISSIONS;
      expect(can(a, permission, { opdId: 'opd-b' }), `${name} ${permission}`).toBe(expected);
    }
  });
});

describe('scopes', () => {
  it('limits an admin OPD to their OPD and gives admin instansi the whole instansi', () => {
    expect(opdIdsWithRole(adminOpd, 'opd.manage')).toEqual(['opd-a']);
    expect(opdScope(adminOpd, 'opd.manage')).toEqual({ instansiId: 'i', id: { in: ['opd-a'] } });
    expect(opdScope(adminInstansi, 'opd.manage')).toEqual({ instansiId: 'i' });
    expect(opdScope(staf, 'opd.manage')).toEqual({ instansiId: 'i', id: { in: [] } });
  });
});

describe('navigation', () => {
  const keys = (a: Actor) => navigationFor(a).map((i) => i.key);
  it('shows Admin only to admins and Perlu Tanda Tangan only to structural posts', () => {
    expect(keys(staf)).toEqual(['beranda', 'suratMasuk', 'disposisi', 'konsep', 'terkirim', 'arsip', 'daftarArsip', 'cari']);
    expect(keys(kepala)).toEqual(['beranda', 'suratMasuk', 'disposisi', 'konsep', 'verifikasi', 'tandaTangan', 'sudahDitandatangani', 'terkirim', 'arsip', 'daftarArsip', 'cari', 'laporan']);
    expect(keys(adminOpd)).toContain('laporan');
    expect(keys(adminOpd)).toContain('penyusutan');
    expect(keys(staf)).not.toContain('penyusutan');
    expect(keys(pencatat)).toContain('pencatatan');
    expect(keys(adminOpd)).toContain('admin');
    expect(keys(staf)).not.toContain('admin');
  });
  it('fits the phone bottom bar in four entries', () => {
    expect(bottomBarItems(navigationFor(adminInstansi))).toHaveLength(4);
    expect(bottomBarItems(navigationFor(pencatat)).map((i) => i.key)).toEqual(['beranda', 'suratMasuk', 'disposisi', 'pencatatan']);
  });
});
