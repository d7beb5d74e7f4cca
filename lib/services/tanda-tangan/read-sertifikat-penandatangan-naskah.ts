import { prisma } from '@/lib/db';
import { namaLengkap } from '@/lib/domain/pegawai/golongan';
import { sertifikatPenandatanganNotice, statusMenurutMasaBerlaku } from '@/lib/domain/tanda-tangan/sertifikat-status';
import { holdersOfSignerPost } from './periksa-sertifikat-penandatangan';

/**
 * The last known certificate problem of the naskah's signer (see periksaSertifikatPenandatangan),
 * or an expired stored certificate (BSrE's are kept from its signed output), as one Indonesian
 * sentence for the konsep, or null. For a naskah the caller already opened through the actor's
 * scope; no remote call.
 */
export async function readSertifikatPenandatanganNaskah(naskahId: string, now = new Date()): Promise<string | null> {
  const holders = await holdersOfSignerPost(naskahId, now);
  if (!holders.length) return null;
  const ids = holders.map((h) => h.pegawaiId);
  const [rows, ends] = await Promise.all([
    prisma.pegawai.findMany({ where: { id: { in: ids } }, select: { id: true, nama: true, gelarDepan: true, gelarBelakang: true, statusSertifikat: true } }),
    prisma.sertifikatElektronik.groupBy({ by: ['pegawaiId'], where: { pegawaiId: { in: ids }, status: 'ISSUE' }, _max: { notAfter: true } }),
  ]);
  const people = rows.map((p) => ({ ...p, status: statusMenurutMasaBerlaku(p.statusSertifikat, ends.find((e) => e.pegawaiId === p.id)?._max.notAfter ?? null, now) }));
  // Only when nobody who may sign today can: a Plh. with a good certificate can still sign.
  if (people.some((p) => p.status === null || p.status === 'ISSUE')) return null;
  const first = people.find((p) => p.id === holders[0]!.pegawaiId)!;
  return sertifikatPenandatanganNotice(namaLengkap(first), first.status);
}
