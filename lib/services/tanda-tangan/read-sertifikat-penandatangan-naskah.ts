import { prisma } from '@/lib/db';
import { namaLengkap } from '@/lib/domain/pegawai/golongan';
import { sertifikatPenandatanganNotice } from '@/lib/domain/tanda-tangan/sertifikat-status';
import { holdersOfSignerPost } from './periksa-sertifikat-penandatangan';

/**
 * The last known certificate problem of the naskah's signer (see periksaSertifikatPenandatangan),
 * as one Indonesian sentence for the konsep, or null. For a naskah the caller already opened
 * through the actor's scope; no remote call.
 */
export async function readSertifikatPenandatanganNaskah(naskahId: string, now = new Date()): Promise<string | null> {
  const holders = await holdersOfSignerPost(naskahId, now);
  if (!holders.length) return null;
  const people = await prisma.pegawai.findMany({ where: { id: { in: holders.map((h) => h.pegawaiId) } }, select: { id: true, nama: true, gelarDepan: true, gelarBelakang: true, statusSertifikat: true } });
  // Only when nobody who may sign today can: a Plh. with a good certificate can still sign.
  if (people.some((p) => p.statusSertifikat === null || p.statusSertifikat === 'ISSUE')) return null;
  const first = people.find((p) => p.id === holders[0]!.pegawaiId)!;
  return sertifikatPenandatanganNotice(namaLengkap(first), first.statusSertifikat);
}
