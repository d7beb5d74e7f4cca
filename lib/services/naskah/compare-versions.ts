import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { DomainError, NotFoundError } from '@/lib/domain/errors';
import { atributToParagraphs, parseAtributVersi } from '@/lib/domain/naskah/atribut-versi';
import { diffParagraphs } from '@/lib/domain/naskah/diff';
import { kontenToParagraphs } from '@/lib/domain/naskah/konten-text';
import { findDraftOrThrow } from './find-draft';

/** Two versions of a naskah the actor may see, side by side, paragraph by paragraph: text, signer, recipients, lampiran. */
export async function compareVersions(actor: Actor, naskahId: string, kiri: number, kanan: number) {
  const draft = await findDraftOrThrow(actor, naskahId);
  if (kiri === kanan) throw new DomainError('Pilih dua versi yang berbeda.');
  const rows = await prisma.versiNaskah.findMany({ where: { naskahId: draft.id, versi: { in: [kiri, kanan] } }, select: { versi: true, perihal: true, konten: true, atribut: true, createdAt: true, catatan: true } });
  const left = rows.find((r) => r.versi === kiri);
  const right = rows.find((r) => r.versi === kanan);
  if (!left || !right) throw new NotFoundError('Versi tidak ditemukan.');
  const paragraphsOf = (v: typeof left) => [...kontenToParagraphs(draft.jenis, v.perihal, v.konten), ...atributToParagraphs(parseAtributVersi(v.atribut))];
  return {
    kiri: { versi: left.versi, createdAt: left.createdAt, catatan: left.catatan },
    kanan: { versi: right.versi, createdAt: right.createdAt, catatan: right.catatan },
    rows: diffParagraphs(paragraphsOf(left), paragraphsOf(right)),
  };
}
