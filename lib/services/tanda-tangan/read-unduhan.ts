import { prisma } from '@/lib/db';
import { readUnduhToken } from '@/lib/domain/tanda-tangan/unduh-token';
import { getStorage } from '@/lib/storage';
import { unduhSecret } from './public-url';

export type Unduhan = { ok: true; bytes: Uint8Array; namaFile: string } | { ok: false; reason: 'invalid' | 'expired' };

/**
 * The signed PDF behind an external addressee's download link, or why not (forged token, unknown
 * addressee, not signed: invalid; past its validity: expired). No actor: the link itself is the
 * permission, and it names one external addressee of one signed naskah.
 */
export async function readUnduhan(token: string, now = new Date()): Promise<Unduhan> {
  const check = readUnduhToken(token, unduhSecret(), now);
  if (!check.ok) return check;
  const penerima = await prisma.penerimaNaskah.findFirst({
    where: { id: check.penerimaId, jabatanId: null, naskah: { status: 'DITANDATANGANI' } },
    select: { naskah: { select: { berkasUtama: { select: { storageKey: true, namaFile: true } } } } },
  });
  const berkas = penerima?.naskah.berkasUtama;
  const stored = berkas ? await getStorage().get(berkas.storageKey) : null;
  return berkas && stored ? { ok: true, bytes: stored.bytes, namaFile: berkas.namaFile } : { ok: false, reason: 'invalid' };
}
