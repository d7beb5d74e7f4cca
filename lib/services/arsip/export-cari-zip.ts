import type { Actor } from '@/lib/authz/actor';
import { naskahReadableScope } from '@/lib/authz/scope';
import { adaPermintaan, type CariFilter } from '@/lib/domain/cari/filter';
import { DomainError, NotFoundError } from '@/lib/domain/errors';
import { cariSemuaId } from '@/lib/services/cari/cari-surat';
import { streamNaskahZip } from './stream-naskah-zip';

/**
 * A /cari result (every page of it) as a streamed zip of PDFs with an index.csv. The search already
 * matches only what the actor may open; the letters are read again through the access scope, so a
 * Rahasia letter not theirs to read is never in the zip.
 */
export async function exportCariZip(actor: Actor, filter: CariFilter) {
  if (!adaPermintaan(filter)) throw new DomainError('Isi kata kunci atau saring hasil pencarian dahulu.');
  const ids = await cariSemuaId(actor, filter);
  if (ids.length === 0) throw new NotFoundError('Tidak ada hasil pencarian untuk diunduh.');
  const where = { AND: [{ id: { in: ids } }, naskahReadableScope(actor)] };
  return { jumlah: ids.length, namaFile: `hasil-cari-${new Date().toISOString().slice(0, 10)}.zip`, chunks: streamNaskahZip(where) };
}
