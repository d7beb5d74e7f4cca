// A typed "%" or "_" in a name search is a letter, not LIKE's wildcard: Prisma's `contains` put it
// into the pattern as it was, so "%" listed every pegawai and matched every audit actor.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { auditFilterSchema } from '@/lib/domain/admin/schemas';
import { listAuditLog } from '@/lib/services/admin/list-audit-log';
import { listPegawai } from '@/lib/services/admin/list-pegawai';
import { searchPegawaiPetugas } from '@/lib/services/naskah/search-pegawai-petugas';
import { actorFor } from '../support/actors';
import { createAdminWorld } from './admin-world';

describe('name searches take % and _ literally', () => {
  it('the pegawai list, the audit log actor filter and the petugas lookup', async () => {
    const w = await createAdminWorld();
    const semua = (await listPegawai(w.adminInstansi, {})).total;
    expect(semua).toBeGreaterThan(2);
    for (const q of ['%', '_', '%%', '__']) expect({ q, total: (await listPegawai(w.adminInstansi, { q })).total }).toEqual({ q, total: 0 });
    // A name that holds them is still found by them.
    await prisma.pegawai.update({ where: { id: w.kepala.id }, data: { nama: 'Ani 100%_Setia' } });
    expect((await listPegawai(w.adminInstansi, { q: '%_' })).rows.map((r) => r.id)).toEqual([w.kepala.id]);

    await prisma.auditLog.create({ data: { instansiId: w.instansi.id, opdId: w.opd.id, actorPegawaiId: w.adminOpdPegawai.id, action: 'pegawai.create', entityType: 'Pegawai', entityId: w.kepala.id } });
    expect((await listAuditLog(w.adminInstansi, auditFilterSchema.parse({}))).total).toBeGreaterThan(0);
    expect((await listAuditLog(w.adminInstansi, auditFilterSchema.parse({ actor: '%' }))).total).toBe(0);

    const kepala = await actorFor(w.kepala.id);
    expect(await searchPegawaiPetugas(kepala, { q: '%%' })).toEqual([]);
    expect((await searchPegawaiPetugas(kepala, { q: '%_' })).map((h) => h.pegawaiId)).toEqual([w.kepala.id]);
  });
});
