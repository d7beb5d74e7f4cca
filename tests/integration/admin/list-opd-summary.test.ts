import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '@/lib/domain/errors';
import { listOpdSummary } from '@/lib/services/admin/list-opd-summary';
import { createOpd, createWorld, grantRole } from '../support/factories';
import { actorFor } from '../support/actors';

describe('listOpdSummary', () => {
  it('shows an admin OPD only their own OPD, and an admin instansi every OPD of the instansi', async () => {
    const { instansi, opd, kepala } = await createWorld();
    const otherOpd = await createOpd(instansi.id);
    const foreign = await createWorld(); // another instansi altogether

    await grantRole(instansi.id, kepala.id, 'ADMIN_OPD', opd.id);
    const asAdminOpd = await listOpdSummary(await actorFor(kepala.id));
    expect(asAdminOpd.map((o) => o.id)).toEqual([opd.id]);
    expect(asAdminOpd[0]).toMatchObject({ jumlahJabatan: 1, jumlahPegawai: 1 });

    const adminInstansi = foreign.kepala; // admin of the *other* instansi sees none of ours
    await grantRole(foreign.instansi.id, adminInstansi.id, 'ADMIN_INSTANSI', null);
    const asForeignAdmin = await listOpdSummary(await actorFor(adminInstansi.id));
    expect(asForeignAdmin.map((o) => o.id)).toEqual([foreign.opd.id]);

    await grantRole(instansi.id, kepala.id, 'ADMIN_INSTANSI', null);
    const asAdminInstansi = await listOpdSummary(await actorFor(kepala.id));
    expect(asAdminInstansi.map((o) => o.id).sort()).toEqual([opd.id, otherOpd.id].sort());
  });

  it('refuses a pegawai without an admin role', async () => {
    const { kepala } = await createWorld();
    await expect(listOpdSummary(await actorFor(kepala.id))).rejects.toBeInstanceOf(ForbiddenError);
  });
});
