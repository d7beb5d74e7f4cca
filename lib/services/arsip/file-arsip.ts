import type { Actor } from '@/lib/authz/actor';
import type { Prisma } from '@/lib/generated/prisma/client';
import { jraOf, retensiDates } from '@/lib/domain/arsip/retensi';
import { calendarDay } from '@/lib/domain/jabatan/acting';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { approvePenyusutanOnSign } from './approve-penyusutan-on-sign';

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * Files a naskah that just became a record (signed, or registered as an incoming letter) as an arsip
 * of its unit pengolah, inside the caller's transaction: the drafter's unit for a naskah, the
 * registering unit for an incoming letter. It goes into the unit's folder for its klasifikasi and
 * year (made on first use), with retention dates from the JRA counted from the letter's date. The
 * disposisi and tindak lanjut hang off the naskah and so belong to the record. A signed berita
 * acara of a penyusutan also approves that penyusutan. Filing twice is a no-op.
 */
export async function fileArsip(tx: Prisma.TransactionClient, actor: Actor, naskahId: string, now: Date): Promise<{ arsipId: string }> {
  const n = await tx.naskah.findUniqueOrThrow({
    where: { id: naskahId },
    select: {
      opdId: true,
      tanggalNaskah: true,
      klasifikasiArsip: { select: { id: true, kode: true, nama: true, retensiAktif: true, retensiInaktif: true, keteranganRetensi: true } },
      pembuatJabatan: { select: { unitKerjaId: true } },
      penandatanganJabatan: { select: { unitKerjaId: true } },
      deliveries: { where: { jenis: 'TUJUAN' }, take: 1, orderBy: { deliveredAt: 'asc' }, select: { jabatan: { select: { unitKerjaId: true } } } },
      arsip: { select: { id: true } },
    },
  });
  if (n.arsip) return { arsipId: n.arsip.id };
  const unitKerjaId = n.pembuatJabatan?.unitKerjaId ?? n.penandatanganJabatan?.unitKerjaId ?? n.deliveries[0]?.jabatan.unitKerjaId;
  if (!unitKerjaId) throw new Error(`naskah ${naskahId} has no unit pengolah`);
  const tanggal = n.tanggalNaskah ? n.tanggalNaskah.toISOString().slice(0, 10) : calendarDay(now);
  const tahun = Number(tanggal.slice(0, 4));
  const k = n.klasifikasiArsip;
  const berkas = await tx.berkasArsip.upsert({
    where: { kunciOtomatis: `${unitKerjaId}:${k?.id ?? '-'}:${tahun}` },
    create: {
      opdId: n.opdId,
      unitKerjaId,
      klasifikasiArsipId: k?.id ?? null,
      tahun,
      judul: k ? `${k.kode} ${k.nama} ${tahun}` : `Tanpa klasifikasi ${tahun}`,
      kunciOtomatis: `${unitKerjaId}:${k?.id ?? '-'}:${tahun}`,
    },
    update: {},
    select: { id: true },
  });
  const jra = jraOf(k);
  const dates = retensiDates(tanggal, jra);
  const arsip = await tx.arsip.create({
    data: {
      opdId: n.opdId,
      unitKerjaId,
      naskahId,
      berkasArsipId: berkas.id,
      klasifikasiArsipId: k?.id ?? null,
      tanggal: asDate(tanggal),
      aktifSampai: dates ? asDate(dates.aktifSampai) : null,
      inaktifSampai: dates ? asDate(dates.inaktifSampai) : null,
      keterangan: jra?.keterangan ?? null,
    },
    select: { id: true },
  });
  await recordAudit(tx, actor, {
    instansiId: actor.instansiId,
    opdId: n.opdId,
    action: 'arsip.file',
    entityType: 'Arsip',
    entityId: arsip.id,
    after: { naskahId, berkasArsipId: berkas.id, unitKerjaId, tanggal, aktifSampai: dates?.aktifSampai ?? null, inaktifSampai: dates?.inaktifSampai ?? null, keterangan: jra?.keterangan ?? null },
  });
  await approvePenyusutanOnSign(tx, actor, naskahId, now);
  return { arsipId: arsip.id };
}
