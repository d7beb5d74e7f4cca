import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import { recordTeksBerkas } from '@/lib/services/cari/record-teks-berkas';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { DomainError } from '@/lib/domain/errors';
import { emptyFileMessage } from '@/lib/domain/berkas/pdf-policy';
import { namaBerkasAman } from '@/lib/domain/berkas/sniff';
import { LAMPIRAN_MAX_BYTES, LAMPIRAN_MAX_COUNT } from '@/lib/domain/naskah/konsep-schema';
import { assertTransition } from '@/lib/domain/naskah/state-machine';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { checkUpload } from '@/lib/services/berkas/check-upload';
import { commitBerkas, discardBerkasTertunda, putBerkasTertunda } from '@/lib/services/berkas/store-berkas';
import { assertDrafter, findDraftOrThrow } from './find-draft';

/** Attaches a PDF lampiran to the drafter's konsep; the bytes go to the file store, not Postgres. */
export async function uploadLampiran(actor: Actor, input: { naskahId: string; namaFile: string; bytes: Uint8Array }): Promise<{ berkasId: string }> {
  assertCan(actor, 'naskah.draft');
  const draft = await findDraftOrThrow(actor, input.naskahId);
  assertDrafter(actor, draft);
  assertTransition(draft.status, 'simpan');
  if (input.bytes.byteLength === 0) throw new DomainError(emptyFileMessage('lampiran'));
  if (input.bytes.byteLength > LAMPIRAN_MAX_BYTES) throw new DomainError(`Lampiran paling besar ${LAMPIRAN_MAX_BYTES / 1024 / 1024} MB.`);
  await checkUpload(input.bytes, { purpose: 'lampiran', field: 'berkas' });
  const namaFile = namaBerkasAman(input.namaFile, 'pdf');

  const stored = await putBerkasTertunda({ storageKey: `naskah/${draft.id}/${randomUUID()}.pdf`, bytes: input.bytes, mime: 'application/pdf' });
  try {
    const result = await prisma.$transaction(async (tx) => {
      const fresh = await tx.naskah.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true } });
      assertTransition(fresh.status, 'simpan');
      const count = await tx.berkas.count({ where: { naskahId: draft.id, jenis: 'LAMPIRAN' } });
      if (count >= LAMPIRAN_MAX_COUNT) throw new DomainError(`Paling banyak ${LAMPIRAN_MAX_COUNT} lampiran.`);
      const berkas = await commitBerkas(tx, { ...stored, jenis: 'LAMPIRAN', namaFile, naskahId: draft.id, diunggahOlehId: actor.pegawaiId });
      await tx.naskah.update({ where: { id: draft.id }, data: { lampiranJumlah: count + 1 } });
      await recordAudit(tx, actor, { instansiId: draft.instansiId, opdId: draft.opdId, action: 'lampiran.upload', entityType: 'Berkas', entityId: berkas.id, after: { naskahId: draft.id, namaFile } });
      return { berkasId: berkas.id };
    });
    await recordTeksBerkas(draft.id);
    return result;
  } catch (error) {
    await discardBerkasTertunda(stored.storageKey);
    throw error;
  }
}
