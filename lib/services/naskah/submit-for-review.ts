import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { DomainError } from '@/lib/domain/errors';
import type { SubmitForReviewInput } from '@/lib/domain/naskah/konsep-schema';
import { prepareKontenTerpisah } from './naskah-pool';
import { checkChain } from '@/lib/domain/naskah/review-chain';
import { acaraSudahLewat } from '@/lib/domain/naskah/konten';
import { calendarDay } from '@/lib/domain/jabatan/acting';
import { assertTransition } from '@/lib/domain/naskah/state-machine';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { periksaSertifikatPenandatangan } from '@/lib/services/tanda-tangan/periksa-sertifikat-penandatangan';
import { notify } from '@/lib/services/notifikasi/notify';
import { resolvePenandatangan } from './check-naskah-attributes';
import { assertDrafter, findDraftOrThrow } from './find-draft';
import { loadPostIndex } from './load-post-index';
import { recordVersionIfChanged } from './record-version';

/**
 * Sends a complete konsep up the chain the drafter confirmed (a new round), or straight to the
 * signer when the chain is empty. The text submitted is recorded as a version.
 */
export async function submitForReview(actor: Actor, input: SubmitForReviewInput, now = new Date()): Promise<{ status: 'VERIFIKASI' | 'MENUNGGU_TANDA_TANGAN'; putaran: number }> {
  assertCan(actor, 'naskah.draft');
  const draft = await findDraftOrThrow(actor, input.naskahId);
  assertDrafter(actor, draft);
  const event = input.verifikator.length > 0 ? 'ajukan' : 'ajukanTanpaVerifikasi';
  assertTransition(draft.status, event);

  const missing: Record<string, string[]> = {};
  if (!draft.perihal.trim()) missing.perihal = ['Isi hal (perihal) naskah.'];
  const konten = await prepareKontenTerpisah(draft.jenis, draft.konten);
  if (!konten.ok) Object.assign(missing, konten.fieldErrors);
  else {
    Object.assign(missing, konten.missing);
    const lewat = acaraSudahLewat(draft.jenis, konten.konten, calendarDay(now));
    if (lewat && !missing.tanggal) missing.tanggal = [lewat];
  }
  if (!draft.penandatanganJabatanId) missing.penandatanganJabatanId = ['Pilih penandatangan.'];
  const current = await prisma.naskah.findUniqueOrThrow({ where: { id: draft.id }, select: { atasNamaJabatanId: true, klasifikasiArsipId: true } });
  // Signing refuses a naskah without one (prepareSigning): asked for here, where the drafter can fill
  // it, not found by the signer at the end of the chain.
  if (!current.klasifikasiArsipId) missing.klasifikasiArsipId = ['Pilih klasifikasi arsip naskah.'];
  const tujuan = await prisma.penerimaNaskah.count({ where: { naskahId: draft.id, jenis: 'TUJUAN' } });
  if (tujuan === 0) missing.tujuan = ['Tambahkan paling sedikit satu tujuan.'];
  if (Object.keys(missing).length > 0) throw new DomainError('Naskah belum lengkap. Lengkapi isian yang ditandai sebelum mengajukan.', missing);

  const signerId = draft.penandatanganJabatanId!;
  const signer = await resolvePenandatangan(draft.opdId, draft.pembuatJabatanId, signerId, current.atasNamaJabatanId !== null, now);
  const chain = checkChain(await loadPostIndex(draft.opdId), draft.pembuatJabatanId, signerId, input.verifikator);
  if (!chain.ok) throw new DomainError(chain.message, { verifikator: [chain.message] });

  const result = await prisma.$transaction(async (tx) => {
    const fresh = await tx.naskah.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true, perihal: true, konten: true } });
    const status = assertTransition(fresh.status, event) as 'VERIFIKASI' | 'MENUNGGU_TANDA_TANGAN';
    const versi = await recordVersionIfChanged(tx, draft.id, { pegawaiId: actor.pegawaiId, jabatanId: draft.pembuatJabatanId }, { perihal: fresh.perihal, konten: fresh.konten }, now);
    const last = await tx.verifikasiNaskah.aggregate({ where: { naskahId: draft.id }, _max: { putaran: true } });
    const putaran = (last._max.putaran ?? 0) + 1;
    await tx.verifikasiNaskah.createMany({
      data: input.verifikator.map((jabatanId, i) => ({ naskahId: draft.id, putaran, urutan: i + 1, jabatanId, versi })),
    });
    await tx.naskah.update({ where: { id: draft.id }, data: { status, caraTandaTangan: signer.caraTandaTangan, atasNamaJabatanId: signer.atasNamaJabatanId, updatedAt: now } });
    await recordAudit(tx, actor, {
      instansiId: draft.instansiId,
      opdId: draft.opdId,
      action: 'naskah.submit',
      entityType: 'Naskah',
      entityId: draft.id,
      before: { status: fresh.status },
      after: { status, putaran, versi, verifikator: input.verifikator },
    });
    await notify(tx, { jenis: 'NASKAH_MENUNGGU', naskahId: draft.id }, { now, actorPegawaiId: actor.pegawaiId });
    return { status, putaran };
  });
  await periksaSertifikatPenandatangan(draft.id, { now });
  return result;
}
