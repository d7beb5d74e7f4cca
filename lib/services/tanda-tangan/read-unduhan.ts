import { prisma } from '@/lib/db';
import { readUnduhToken } from '@/lib/domain/tanda-tangan/unduh-token';
import { getStorage } from '@/lib/storage';
import { unduhSecret } from './public-url';

/**
 * The signed PDF behind an external addressee's download link, or null (forged token, unknown
 * addressee, not signed). No actor: the link itself is the permission, and it names one external
 * addressee of one signed naskah.
 */
export async function readUnduhan(token: string): Promise<{ bytes: Uint8Array; namaFile: string } | null> {
  const penerimaId = readUnduhToken(token, unduhSecret());
  if (!penerimaId) return null;
  const penerima = await prisma.penerimaNaskah.findFirst({
    where: { id: penerimaId, jabatanId: null, naskah: { status: 'DITANDATANGANI' } },
    select: { naskah: { select: { berkasUtama: { select: { storageKey: true, namaFile: true } } } } },
  });
  const berkas = penerima?.naskah.berkasUtama;
  const stored = berkas ? await getStorage().get(berkas.storageKey) : null;
  return berkas && stored ? { bytes: stored.bytes, namaFile: berkas.namaFile } : null;
}
