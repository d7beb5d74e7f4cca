import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { MIME_BY_JENIS, sniffJenisIsi } from '@/lib/domain/berkas/sniff';
import { LOGO_BYTE_MAKS, LOGO_PIKSEL_MAKS, tolakGambar } from '@/lib/domain/berkas/ukuran-gambar';
import { DomainError } from '@/lib/domain/errors';
import { getStorage } from '@/lib/storage';
import type { FileStorage } from '@/lib/storage/types';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { getOpdInScopeOrThrow } from './scoped-loaders';

/** Stores the kop-surat logo of an OPD; only real PNG/JPEG bytes are accepted, whatever the name says. */
export async function uploadOpdLogo(actor: Actor, input: { opdId: string; bytes: Uint8Array }, storage: FileStorage = getStorage()): Promise<{ logoKey: string }> {
  const opd = await getOpdInScopeOrThrow(actor, input.opdId);
  assertCan(actor, 'opd.manage', { opdId: opd.id });
  if (input.bytes.byteLength === 0) throw new DomainError('Pilih berkas logo.', { logo: ['Pilih berkas logo.'] });
  if (input.bytes.byteLength > LOGO_BYTE_MAKS) throw new DomainError('Logo paling besar 1 MB.', { logo: ['Logo paling besar 1 MB.'] });
  // What the bytes are, never the name (one rule for every upload: sniffJenisIsi); a PDF is no logo.
  const jenis = sniffJenisIsi(input.bytes);
  if (jenis !== 'png' && jenis !== 'jpeg') throw new DomainError('Logo harus berkas PNG atau JPG.', { logo: ['Logo harus berkas PNG atau JPG.'] });
  // Checked from its headers: 1 MB of PNG can declare a billion pixels, decoded with every naskah.
  const tolak = tolakGambar(input.bytes, jenis, LOGO_PIKSEL_MAKS);
  if (tolak) throw new DomainError(tolak, { logo: [tolak] });

  const logoKey = `logo/${opd.id}/${randomUUID()}.${jenis === 'png' ? 'png' : 'jpg'}`;
  await storage.put(logoKey, input.bytes, MIME_BY_JENIS[jenis]);
  await prisma.$transaction(async (tx) => {
    await tx.opd.update({ where: { id: opd.id }, data: { logoKey } });
    await recordAudit(tx, actor, { instansiId: opd.instansiId, opdId: opd.id, action: 'opd.updateLogo', entityType: 'Opd', entityId: opd.id, before: { logoKey: opd.logoKey }, after: { logoKey } });
  });
  return { logoKey };
}
