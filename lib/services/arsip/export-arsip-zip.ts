import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { NotFoundError } from '@/lib/domain/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { arsipScope, daftarArsipWhere, unitPengolahOf } from './arsip-scope';
import { streamNaskahZip } from './stream-naskah-zip';

export interface EksporArsipFilter {
  /** A Daftar Arsip (Aktif or Inaktif) as the page lists it. */
  status?: 'AKTIF' | 'INAKTIF';
  /** One berkas. */
  berkasArsipId?: string;
}

/**
 * A Daftar Arsip or one berkas for the office itself, as a streamed zip of PDFs with an index.csv:
 * only the records the actor may see (a Rahasia letter not theirs to read is never in it).
 */
export async function exportArsipZip(actor: Actor, filter: EksporArsipFilter) {
  assertCan(actor, 'arsip.read');
  const unitKerjaId = await unitPengolahOf(actor);
  const arsip: Prisma.ArsipWhereInput = {
    AND: [filter.status ? daftarArsipWhere(actor, unitKerjaId, filter.status) : arsipScope(actor, unitKerjaId), filter.berkasArsipId ? { berkasArsipId: filter.berkasArsipId } : {}],
  };
  const jumlah = await prisma.arsip.count({ where: arsip });
  if (jumlah === 0) throw new NotFoundError(filter.berkasArsipId ? 'Berkas tidak ditemukan atau kosong.' : 'Tidak ada arsip untuk diunduh.');
  const judul = filter.berkasArsipId
    ? `berkas-${(await prisma.berkasArsip.findUniqueOrThrow({ where: { id: filter.berkasArsipId }, select: { judul: true } })).judul}`
    : `daftar-arsip-${(filter.status ?? 'semua').toLowerCase()}`;
  return { jumlah, namaFile: `${judul.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80)}.zip`, chunks: streamNaskahZip({ arsip: { is: arsip } }) };
}
