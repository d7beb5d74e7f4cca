import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { DEFAULT_TEMPLATE, formatNomor } from '@/lib/domain/penomoran/format-nomor';
import { JENIS_NASKAH_INFO, type JenisNaskahKey } from '@/lib/domain/penomoran/jenis-kode';
import { calendarDay } from '@/lib/domain/jabatan/acting';
import { getOpdInScopeOrThrow } from './scoped-loaders';

const CONTOH_KLASIFIKASI = '000.1.2.3';

/** The OPD's numbering templates with the number each would issue next (an example klasifikasi). */
export async function listTemplatePenomoran(actor: Actor, opdId: string, now = new Date()) {
  assertCan(actor, 'admin.view');
  const opd = await getOpdInScopeOrThrow(actor, opdId);
  const [tahun, bulan] = calendarDay(now).split('-').map(Number) as [number, number];
  const [templates, counters] = await Promise.all([
    prisma.templatePenomoran.findMany({ where: { opdId: opd.id }, orderBy: { jenis: 'asc' } }),
    prisma.nomorUrut.findMany({ where: { opdId: opd.id, tahun }, select: { seri: true, terakhir: true } }),
  ]);
  const terakhir = new Map(counters.map((c) => [c.seri, c.terakhir]));
  const rows = templates.map((t) => {
    const seri = t.urutanPerJenis && t.jenis ? t.jenis : 'NASKAH';
    const jenis = (t.jenis ?? 'NOTA_DINAS') as JenisNaskahKey;
    return {
      id: t.id,
      jenis: t.jenis,
      template: t.template,
      panjangNomor: t.panjangNomor,
      urutanPerJenis: t.urutanPerJenis,
      contoh: formatNomor(t.template, { klasifikasi: CONTOH_KLASIFIKASI, nomor: (terakhir.get(seri) ?? 0) + 1, unit: opd.singkatan, tahun, bulan, jenis: JENIS_NASKAH_INFO[jenis][1] }, t.panjangNomor),
    };
  });
  return { opd: { id: opd.id, nama: opd.nama, singkatan: opd.singkatan }, rows, contohDefault: rows.length ? null : formatNomor(DEFAULT_TEMPLATE, { klasifikasi: CONTOH_KLASIFIKASI, nomor: 1, unit: opd.singkatan, tahun, bulan, jenis: 'ND' }) };
}
