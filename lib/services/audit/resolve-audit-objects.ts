import { prisma } from '@/lib/db';
import { objekNaskah, type ObjekAudit } from '@/lib/domain/audit/describe-audit';
import { ROLE_LABEL } from '@/lib/domain/admin/role-label';

interface AuditRow {
  id: bigint | string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function field(details: unknown, key: string): string | null {
  const value = details && typeof details === 'object' ? (details as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' && UUID.test(value) ? value : null;
}

/** The letter an audit row concerns, directly or through its disposisi or lampiran. */
function naskahIdOf(row: AuditRow, disposisiNaskah: Map<string, string>, penerimaNaskah: Map<string, string>): string | null {
  switch (row.entityType) {
    case 'Naskah':
      return row.entityId;
    case 'Disposisi':
      return disposisiNaskah.get(row.entityId) ?? field(row.after, 'naskahId');
    case 'PenerimaDisposisi':
      return penerimaNaskah.get(row.entityId) ?? null;
    case 'Berkas':
      return field(row.after, 'naskahId');
    default:
      return null;
  }
}

const ids = (rows: AuditRow[], type: string) => [...new Set(rows.filter((r) => r.entityType === type && UUID.test(r.entityId)).map((r) => r.entityId))];

/**
 * Names and links for the things a page of audit rows is about, in a few batched queries (a letter
 * as `objekNaskah` names it).
 */
export async function resolveAuditObjects(rows: AuditRow[]): Promise<Map<string, ObjekAudit>> {
  const [disposisi, penerima] = await Promise.all([
    prisma.disposisi.findMany({ where: { id: { in: ids(rows, 'Disposisi') } }, select: { id: true, naskahId: true } }),
    prisma.penerimaDisposisi.findMany({ where: { id: { in: ids(rows, 'PenerimaDisposisi') } }, select: { id: true, disposisi: { select: { naskahId: true } } } }),
  ]);
  const disposisiNaskah = new Map(disposisi.map((d) => [d.id, d.naskahId]));
  const penerimaNaskah = new Map(penerima.map((p) => [p.id, p.disposisi.naskahId]));
  const naskahIds = [...new Set(rows.map((r) => naskahIdOf(r, disposisiNaskah, penerimaNaskah)).filter((x): x is string => !!x))];
  const pegawaiIds = [...new Set([...ids(rows, 'Pegawai'), ...rows.filter((r) => r.entityType === 'RoleGrant').map((r) => field(r.after, 'pegawaiId') ?? field(r.before, 'pegawaiId')).filter((x): x is string => !!x)])];

  const [naskah, pegawai, opd, unit, jabatan, penugasan, grants, klasifikasi, instruksi, preset, templat] = await Promise.all([
    prisma.naskah.findMany({ where: { id: { in: naskahIds } }, select: { id: true, sumber: true, nomor: true, perihal: true, klasifikasiKeamanan: true } }),
    prisma.pegawai.findMany({ where: { id: { in: pegawaiIds } }, select: { id: true, nama: true } }),
    prisma.opd.findMany({ where: { id: { in: ids(rows, 'Opd') } }, select: { id: true, singkatan: true, nama: true } }),
    prisma.unitKerja.findMany({ where: { id: { in: ids(rows, 'UnitKerja') } }, select: { id: true, nama: true, opdId: true } }),
    prisma.jabatan.findMany({ where: { id: { in: ids(rows, 'Jabatan') } }, select: { id: true, nama: true, opdId: true } }),
    prisma.penugasanJabatan.findMany({ where: { id: { in: ids(rows, 'PenugasanJabatan') } }, select: { id: true, jabatan: { select: { nama: true, opdId: true } }, pegawai: { select: { nama: true } } } }),
    prisma.roleGrant.findMany({ where: { id: { in: ids(rows, 'RoleGrant') } }, select: { id: true, role: true } }),
    prisma.klasifikasiArsip.findMany({ where: { id: { in: ids(rows, 'KlasifikasiArsip') } }, select: { id: true, kode: true, nama: true } }),
    prisma.instruksiDisposisi.findMany({ where: { id: { in: ids(rows, 'InstruksiDisposisi') } }, select: { id: true, teks: true, opdId: true } }),
    prisma.presetDisposisi.findMany({ where: { id: { in: ids(rows, 'PresetDisposisi') } }, select: { id: true, nama: true } }),
    prisma.templatePenomoran.findMany({ where: { id: { in: ids(rows, 'TemplatePenomoran') } }, select: { id: true, opdId: true, opd: { select: { singkatan: true } } } }),
  ]);

  const naskahById = new Map(naskah.map((n) => [n.id, objekNaskah(n)]));
  const pegawaiById = new Map(pegawai.map((p) => [p.id, p.nama]));
  const byId = <T extends { id: string }>(list: T[], f: (x: T) => ObjekAudit) => new Map(list.map((x) => [x.id, f(x)]));
  const tables: Record<string, Map<string, ObjekAudit>> = {
    Pegawai: new Map(pegawai.map((p) => [p.id, { label: p.nama, tautan: `/admin/pegawai/${p.id}` }])),
    Opd: byId(opd, (o) => ({ label: o.singkatan ?? o.nama, tautan: `/admin/opd/${o.id}` })),
    UnitKerja: byId(unit, (u) => ({ label: u.nama, tautan: `/admin/opd/${u.opdId}/struktur` })),
    Jabatan: byId(jabatan, (j) => ({ label: j.nama, tautan: `/admin/opd/${j.opdId}/struktur` })),
    PenugasanJabatan: byId(penugasan, (p) => ({ label: `${p.jabatan.nama} (${p.pegawai.nama})`, tautan: `/admin/opd/${p.jabatan.opdId}/penugasan` })),
    KlasifikasiArsip: byId(klasifikasi, (k) => ({ label: `${k.kode} ${k.nama}`, tautan: '/admin/klasifikasi' })),
    InstruksiDisposisi: byId(instruksi, (i) => ({ label: `“${i.teks}”`, tautan: `/admin/opd/${i.opdId}/instruksi` })),
    PresetDisposisi: byId(preset, (p) => ({ label: `“${p.nama}”` })),
    TemplatePenomoran: byId(templat, (t) => ({ label: `OPD ${t.opd.singkatan ?? ''}`.trim(), tautan: `/admin/opd/${t.opdId}/penomoran` })),
  };
  const roleById = new Map(grants.map((g) => [g.id, g.role as string]));

  const result = new Map<string, ObjekAudit>();
  for (const row of rows) {
    const key = String(row.id);
    const naskahId = naskahIdOf(row, disposisiNaskah, penerimaNaskah);
    if (naskahId) {
      const found = naskahById.get(naskahId);
      if (found) result.set(key, found);
    } else if (row.entityType === 'RoleGrant') {
      const who = field(row.after, 'pegawaiId') ?? field(row.before, 'pegawaiId');
      const details = (row.after ?? row.before) as Record<string, unknown> | null;
      const role = roleById.get(row.entityId) ?? (typeof details?.role === 'string' ? details.role : null);
      const roleLabel = role && Object.hasOwn(ROLE_LABEL, role) ? ROLE_LABEL[role as keyof typeof ROLE_LABEL] : role;
      result.set(key, { label: [who ? pegawaiById.get(who) : null, roleLabel ? `(${roleLabel})` : null].filter(Boolean).join(' ') || 'pegawai', tautan: who ? `/admin/pegawai/${who}` : undefined });
    } else if (row.entityType === 'AkunTidakDikenal') {
      result.set(key, { label: `NIP/e-mail ${row.entityId.slice(0, 80)}` });
    } else {
      const found = tables[row.entityType]?.get(row.entityId);
      if (found) result.set(key, found);
    }
  }
  return result;
}
