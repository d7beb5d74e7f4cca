import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { detectImageType, MAX_LOGO_BYTES } from '@/lib/domain/admin/image-type';
import { LOGO_PIKSEL_MAKS, tolakGambar } from '@/lib/domain/berkas/ukuran-gambar';
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
  if (input.bytes.byteLength > MAX_LOGO_BYTES) throw new DomainError('Logo paling besar 1 MB.', { logo: ['Logo paling besar 1 MB.'] });
  const type = detectImageType(input.bytes);
  if (!type) throw new DomainError('Logo harus berkas PNG atau JPG.', { logo: ['Logo harus berkas PNG atau JPG.'] });
  // Checked from its headers: 1 MB of PNG can declare a billion pixels, decoded with every naskah.
  const tolak = tolakGambar(input.bytes, type.ext === 'png' ? 'png' : 'jpeg', LOGO_PIKSEL_MAKS);
  if (tolak) throw new DomainError(tolak, { logo: [tolak] });

  const logoKey = `logo/${opd.id}/${randomUUID()}.${type.ext}`;
  await storage.put(logoKey, input.bytes, type.contentType);
  await prisma.$transaction(async (tx) => {
    await tx.opd.update({ where: { id: opd.id }, data: { logoKey } });
    await recordAudit(tx, actor, { instansiId: opd.instansiId, opdId: opd.id, action: 'opd.updateLogo', entityType: 'Opd', entityId: opd.id, before: { logoKey: opd.logoKey }, after: { logoKey } });
  });
  return { logoKey };
}
