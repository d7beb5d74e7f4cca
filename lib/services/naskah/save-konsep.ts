import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { DomainError } from '@/lib/domain/errors';
import type { PenerimaInput, SaveKonsepInput } from '@/lib/domain/naskah/konsep-schema';
import { prepareKontenTerpisah } from './naskah-pool';
import { assertTransition } from '@/lib/domain/naskah/state-machine';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { assertKlasifikasiKnown, assertPenerimaKnown, assertPetugasPegawaiKnown, resolvePenandatangan } from './check-naskah-attributes';
import { assertDrafter, findDraftOrThrow } from './find-draft';
import { snapshotAtribut } from './snapshot-atribut';

export interface SaveKonsepResult {
  versi: number;
  savedAt: Date;
  /** False while required parts are still empty; submitting then names them. */
  lengkap: boolean;
}

function penerimaRows(jenis: 'TUJUAN' | 'TEMBUSAN', list: readonly PenerimaInput[]) {
  return list.map((p, urutan) =>
    'jabatanId' in p ? { jenis, urutan, jabatanId: p.jabatanId } : { jenis, urutan, namaEksternal: p.nama, alamatEksternal: p.alamat || null },
  );
}

/**
 * Saves the drafter's konsep. Autosave only overwrites the working copy on Naskah (no version, no
 * audit row: it fires every few seconds while typing); an explicit "Simpan" also records a new
 * VersiNaskah and an audit row, so the history holds what the drafter chose to keep plus every
 * submission and every verifikator edit.
 */
export async function saveKonsep(actor: Actor, input: SaveKonsepInput, now = new Date()): Promise<SaveKonsepResult> {
  assertCan(actor, 'naskah.draft');
  const draft = await findDraftOrThrow(actor, input.naskahId);
  assertDrafter(actor, draft);
  assertTransition(draft.status, 'simpan');

  const prepared = await prepareKontenTerpisah(draft.jenis, input.konten);
  if (!prepared.ok) throw new DomainError(prepared.message, prepared.fieldErrors);
  const signer = input.penandatanganJabatanId
    ? await resolvePenandatangan(draft.opdId, draft.pembuatJabatanId, input.penandatanganJabatanId, input.atasNamaPimpinan, now)
    : { caraTandaTangan: 'LANGSUNG' as const, atasNamaJabatanId: null };
  await assertPenerimaKnown(draft.instansiId, input.tujuan, 'tujuan');
  await assertPenerimaKnown(draft.instansiId, input.tembusan, 'tembusan');
  await assertKlasifikasiKnown(draft.instansiId, input.klasifikasiArsipId);
  await assertPetugasPegawaiKnown(draft.instansiId, prepared.konten);

  return prisma.$transaction(async (tx) => {
    const current = await tx.naskah.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true, versiTerakhir: true } });
    assertTransition(current.status, 'simpan');
    const versi = input.mode === 'simpan' ? current.versiTerakhir + 1 : current.versiTerakhir;
    await tx.naskah.update({
      where: { id: draft.id },
      data: {
        perihal: input.perihal,
        konten: prepared.konten as object,
        penandatanganJabatanId: input.penandatanganJabatanId,
        caraTandaTangan: signer.caraTandaTangan,
        atasNamaJabatanId: signer.atasNamaJabatanId,
        klasifikasiArsipId: input.klasifikasiArsipId,
        klasifikasiKeamanan: input.klasifikasiKeamanan,
        derajatKecepatan: input.derajatKecepatan,
        lampiranKeterangan: input.lampiranKeterangan || null,
        rantaiParafKonsep: input.verifikator,
        versiTerakhir: versi,
        updatedAt: now,
      },
    });
    await tx.penerimaNaskah.deleteMany({ where: { naskahId: draft.id } });
    await tx.penerimaNaskah.createMany({
      data: [...penerimaRows('TUJUAN', input.tujuan), ...penerimaRows('TEMBUSAN', input.tembusan)].map((r) => ({ ...r, naskahId: draft.id })),
    });
    if (input.mode === 'simpan') {
      await tx.versiNaskah.create({
        data: { naskahId: draft.id, versi, perihal: input.perihal, konten: prepared.konten as object, atribut: (await snapshotAtribut(tx, draft.id)) as object, dibuatOlehPegawaiId: actor.pegawaiId, dibuatOlehJabatanId: actor.activePost!.jabatanId, createdAt: now },
      });
      await recordAudit(tx, actor, { instansiId: draft.instansiId, opdId: draft.opdId, action: 'naskah.save', entityType: 'Naskah', entityId: draft.id, after: { versi } });
    }
    return { versi, savedAt: now, lengkap: prepared.complete };
  });
}
