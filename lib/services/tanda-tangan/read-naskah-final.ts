import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { naskahReadableScope } from '@/lib/authz/scope';
import { NotFoundError } from '@/lib/domain/errors';
import { getStorage } from '@/lib/storage';

/**
 * The signed PDF of a naskah, for the posts that drafted, initialled or signed it and for those it
 * was delivered or disposed to (the same scopes as the pages that link here).
 */
export async function readNaskahFinal(actor: Actor, naskahId: string): Promise<{ bytes: Uint8Array; namaFile: string }> {
  const n = await prisma.naskah.findFirst({
    where: { id: naskahId, status: 'DITANDATANGANI', ...naskahReadableScope(actor) },
    select: { berkasUtama: { select: { storageKey: true, namaFile: true } } },
  });
  const stored = n?.berkasUtama ? await getStorage().get(n.berkasUtama.storageKey) : null;
  if (!n?.berkasUtama || !stored) throw new NotFoundError('Dokumen tidak ditemukan atau Anda tidak berwenang membukanya.');
  return { bytes: stored.bytes, namaFile: n.berkasUtama.namaFile };
}
