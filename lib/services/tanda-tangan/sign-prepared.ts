// Signing under a sequence's turn, for one naskah or a chunk of naskah of one sequence signed with
// one passphrase entry. Three short database moments and nothing held in between:
//   1. take the turn (a row with an expiry) and read the counter: the numbers the chunk will get;
//   2. render and sign with no connection and no lock, the turn renewed in the background;
//   3. record the intent of each file, write it, then one short transaction that checks the turn is
//      still ours, moves the counter, writes Berkas, naskah, deliveries and audit, frees the turn.
// A crash anywhere before 3 commits leaves every naskah waiting and the counter untouched; the
// recovery sweep frees the turn and deletes the written files (recover-signing.ts).
import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { DomainError } from '@/lib/domain/errors';
import { assertTransition, TransitionError } from '@/lib/domain/naskah/state-machine';
import { KONFIRMASI_ULANG_DIPERLUKAN, SignNaskahError, statusBelumPastiMessage } from '@/lib/domain/tanda-tangan/sign-naskah-error';
import { SigningError, type PdfSigner, type SignPdfResult } from '@/lib/signing/types';
import type { Prisma } from '@/lib/generated/prisma/client';
import { fileArsip } from '@/lib/services/arsip/file-arsip';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { incrementNomorUrut } from '@/lib/services/penomoran/increment-nomor-urut';
import { takeGiliran, type Giliran } from '@/lib/services/penomoran/take-giliran';
import { commitBerkas, discardBerkasTertunda, putBerkasTertunda, type StoredBytes } from '@/lib/services/berkas/store-berkas';
import { distributeNaskah } from './distribute-naskah';
import { signTimeoutMs, toSignNaskahError, withTimeout } from './signing-errors';
import { renderNaskahPdfTerpisah } from '@/lib/services/naskah/naskah-pool';
import { loadNaskahPdfInput } from './load-naskah-pdf-input';
import type { PreparedSigning } from './prepare-signing';
import { publicBaseUrl } from './public-url';
import { recordSertifikatBsre } from './record-sertifikat-bsre';
import { recordSigningFailure } from './record-signing-failure';

export type SignOutcome =
  | { naskahId: string; ok: true; nomor: string; kodeVerifikasi: string; berkasId: string }
  | { naskahId: string; ok: false; error: DomainError };

interface Credentials {
  nik: string;
  /** Held in this process's memory only: never in a row, job, file or log. */
  passphrase: string;
}

interface Planned {
  item: PreparedSigning;
  nomor: string;
  nomorUrut: number;
  /** The printed signature block, kept as signed. */
  blok?: Prisma.InputJsonValue;
  file?: StoredBytes;
}

/**
 * Signs prepared naskah that share one sequence (or each keep a reserved number): all of them get
 * consecutive numbers and commit together, or none does. Outcomes in input order.
 */
export async function signPrepared(actor: Actor, items: PreparedSigning[], credentials: Credentials, signer: PdfSigner, now: Date): Promise<SignOutcome[]> {
  const reserved = items.every((i) => i.naskah.reserved);
  let giliran: Giliran | null = null;
  let planned: Planned[] = [];
  let belumPasti = false;
  let refusedOutcomes: SignOutcome[] = [];
  try {
    if (!reserved) giliran = await takeGiliran(items[0]!.plan.key, items[0]!.naskah.id);
    const refused = await refuseNoLongerWaiting(items);
    const base = giliran ? await currentNomorUrut(giliran) : 0;
    planned = items
      .filter((i) => !refused.has(i.naskah.id))
      .map((item, k) => {
        const nomorUrut = item.naskah.reserved?.nomorUrut ?? base + 1 + k;
        return { item, nomorUrut, nomor: item.naskah.reserved?.nomor ?? item.plan.format(nomorUrut) };
      });
    refusedOutcomes = [...refused].map(([naskahId, error]) => ({ naskahId, ok: false, error }));
    const outcomes = [...refusedOutcomes];
    if (planned.length) {
      const signed = await renderAndSign(planned, credentials, signer).catch(async (error: unknown) => {
        if (error instanceof SigningError && error.code === 'TIMEOUT') {
          await recordBelumPasti(actor, planned, giliran, now, error.backendDocumentIds);
          belumPasti = true;
        }
        throw error;
      });
      for (const [k, p] of planned.entries()) {
        p.file = await putBerkasTertunda({ storageKey: `naskah/${p.item.naskah.id}/${randomUUID()}.pdf`, bytes: signed[k]!.pdf, mime: 'application/pdf' }, giliran?.token ?? null);
      }
      outcomes.push(...(await commitSigned(actor, planned, signed, giliran, signer.backend, now)));
    }
    return outcomes.sort((a, b) => order(items, a) - order(items, b));
  } catch (error) {
    await Promise.all(planned.flatMap((p) => (p.file ? [discardBerkasTertunda(p.file.storageKey).catch(() => undefined)] : [])));
    const targets = planned.length ? planned : items.map((item) => ({ item, nomor: '', nomorUrut: 0 }));
    return [...refusedOutcomes, ...(await failed(actor, targets, error, belumPasti))].sort((a, b) => order(items, a) - order(items, b));
  } finally {
    await giliran?.end();
  }
}

const order = (items: PreparedSigning[], o: SignOutcome) => items.findIndex((i) => i.naskah.id === o.naskahId);

/** The outcome of every naskah the failed attempt was for; a failure's reason is kept for the signer. */
async function failed(actor: Actor, targets: Pick<Planned, 'item' | 'nomor'>[], error: unknown, belumPasti: boolean): Promise<SignOutcome[]> {
  if (belumPasti) {
    const rows = await prisma.naskah.findMany({ where: { id: { in: targets.map((p) => p.item.naskah.id) } }, select: { id: true, idDokumenPenanda: true } });
    const bisaDiperiksa = (id: string) => rows.some((r) => r.id === id && r.idDokumenPenanda !== null);
    return targets.map((p) => ({ naskahId: p.item.naskah.id, ok: false, error: new SignNaskahError(statusBelumPastiMessage(p.nomor, bisaDiperiksa(p.item.naskah.id)), 'BELUM_PASTI') }));
  }
  if (error instanceof DomainError && !(error instanceof SignNaskahError)) return targets.map((p) => ({ naskahId: p.item.naskah.id, ok: false, error }));
  const failure = toSignNaskahError(error);
  if (failure.code === 'INTERNAL') console.error('[signNaskah]', error instanceof Error ? `${error.name}: ${error.message}` : error);
  for (const p of targets) await recordSigningFailure(actor, p.item, failure);
  return targets.map((p) => ({ naskahId: p.item.naskah.id, ok: false, error: failure }));
}

/**
 * Re-reads the naskah now that the turn is ours: one signed meanwhile (a double click) is refused,
 * and so is one that became "belum pasti" unless this call is the signer's confirmed retry.
 */
async function refuseNoLongerWaiting(items: PreparedSigning[]): Promise<Map<string, DomainError>> {
  const rows = await prisma.naskah.findMany({ where: { id: { in: items.map((i) => i.naskah.id) } }, select: { id: true, status: true, tandaTanganBelumPastiSejak: true } });
  const refused = new Map<string, DomainError>();
  for (const item of items) {
    const row = rows.find((r) => r.id === item.naskah.id)!;
    if (row.status !== 'MENUNGGU_TANDA_TANGAN') refused.set(row.id, new TransitionError(row.status, 'tandatangani'));
    else if (row.tandaTanganBelumPastiSejak && !item.naskah.reserved) refused.set(row.id, new DomainError(KONFIRMASI_ULANG_DIPERLUKAN));
  }
  return refused;
}

async function currentNomorUrut(giliran: Giliran): Promise<number> {
  const counter = await prisma.nomorUrut.findUnique({ where: { opdId_seri_tahun: giliran.key }, select: { terakhir: true } });
  return counter?.terakhir ?? 0;
}

async function renderAndSign(planned: Planned[], credentials: Credentials, signer: PdfSigner): Promise<SignPdfResult[]> {
  const documents = [];
  for (const p of planned) {
    const { item, nomor } = p;
    const input = await loadNaskahPdfInput(prisma, item.naskah.id, {
      signer: item.signer,
      cara: item.cara,
      final: { nomor, tanggal: item.tanggal, verifikasiUrl: `${publicBaseUrl()}/verifikasi/${item.kodeVerifikasi}` },
    });
    const rendered = await renderNaskahPdfTerpisah(input);
    documents.push({
      pdf: rendered.pdf,
      appearance: rendered.signatureBox,
      reason: `Penandatanganan naskah dinas nomor ${nomor}`,
      location: item.naskah.singkatan,
    });
    p.blok = { ...input.penandatangan };
  }
  const timeout = signTimeoutMs() * documents.length;
  return documents.length === 1
    ? [await withTimeout(signer.signPdf({ ...documents[0]!, ...credentials }), timeout)]
    : withTimeout(signer.signPdfBatch(documents, credentials), timeout);
}

/**
 * A "belum pasti" naskah whose signed document the signer backend handed over after all: stored and
 * committed with the number it kept, exactly as if the first answer had arrived.
 */
export async function commitReconciled(actor: Actor, item: PreparedSigning, signed: SignPdfResult, backend: PdfSigner['backend'], now: Date): Promise<SignOutcome> {
  const reserved = item.naskah.reserved!;
  const input = await loadNaskahPdfInput(prisma, item.naskah.id, { signer: item.signer, cara: item.cara });
  const p: Planned = { item, nomor: reserved.nomor, nomorUrut: reserved.nomorUrut, blok: { ...input.penandatangan } };
  p.file = await putBerkasTertunda({ storageKey: `naskah/${item.naskah.id}/${randomUUID()}.pdf`, bytes: signed.pdf, mime: 'application/pdf' });
  try {
    const [outcome] = await commitSigned(actor, [p], [signed], null, backend, now);
    return outcome!;
  } catch (error) {
    await discardBerkasTertunda(p.file.storageKey).catch(() => undefined);
    throw error;
  }
}

/** The final short transaction: the turn is still ours, the counter moves, everything commits at once. */
async function commitSigned(actor: Actor, planned: Planned[], signed: SignPdfResult[], giliran: Giliran | null, backend: PdfSigner['backend'], now: Date): Promise<SignOutcome[]> {
  const outcomes = await commitSignedTx(actor, planned, signed, giliran, backend, now);
  // After the commit, never inside it: keeping BSrE's certificate must not undo a signature made.
  if (backend === 'bsre') await recordSertifikatBsre(actor.pegawaiId, signed.map((s) => s.signerCertificate));
  return outcomes;
}

async function commitSignedTx(actor: Actor, planned: Planned[], signed: SignPdfResult[], giliran: Giliran | null, backend: PdfSigner['backend'], now: Date): Promise<SignOutcome[]> {
  return prisma.$transaction(async (tx) => {
    if (giliran) await giliran.assertHeld(tx);
    const outcomes: SignOutcome[] = [];
    for (const [k, p] of planned.entries()) {
      const { item } = p;
      if (!item.naskah.reserved) {
        const nomorUrut = await incrementNomorUrut(tx, item.plan.key);
        if (nomorUrut !== p.nomorUrut) throw new Error(`nomor urut ${nomorUrut} bukan ${p.nomorUrut}: penghitung diubah di luar giliran`);
      }
      const fresh = await lockNaskah(tx, item.naskah.id);
      const status = assertTransition(fresh.status, 'tandatangani');
      const berkas = await commitBerkas(tx, { ...p.file!, jenis: 'FINAL', namaFile: `${p.nomor.replace(/[^A-Za-z0-9.-]+/g, '_')}.pdf`, naskahId: item.naskah.id, diunggahOlehId: actor.pegawaiId });
      await tx.naskah.update({
        where: { id: item.naskah.id },
        data: {
          status,
          ...numberFields(p),
          ditandatanganiPada: signed[k]!.signedAt,
          penandatanganPegawaiId: actor.pegawaiId,
          blokTandaTangan: p.blok,
          berkasUtamaId: berkas.id,
          gagalTandaTanganAlasan: null,
          tandaTanganBelumPastiSejak: null,
          idDokumenPenanda: null,
        },
      });
      const sent = await distributeNaskah(tx, { id: item.naskah.id, nomor: p.nomor, perihal: item.naskah.perihal, pembuatPegawaiId: item.naskah.pembuatPegawaiId, penandatanganPegawaiId: actor.pegawaiId }, now);
      await fileArsip(tx, actor, item.naskah.id, now);
      await recordAudit(tx, actor, {
        instansiId: item.naskah.instansiId,
        opdId: item.naskah.opdId,
        action: 'naskah.sign',
        entityType: 'Naskah',
        entityId: item.naskah.id,
        before: { status: fresh.status },
        after: { status, nomor: p.nomor, seri: item.plan.key.seri, berkasId: berkas.id, signer: backend, dikirimKe: sent.deliveredJabatanIds, eksternal: sent.eksternalPenerimaIds.length },
      });
      outcomes.push({ naskahId: item.naskah.id, ok: true, nomor: p.nomor, kodeVerifikasi: item.kodeVerifikasi, berkasId: berkas.id });
    }
    if (giliran) await giliran.releaseIn(tx);
    return outcomes;
  });
}

function numberFields(p: Planned) {
  return {
    nomor: p.nomor,
    nomorUrut: p.nomorUrut,
    tahunNomor: p.item.plan.key.tahun,
    seriNomor: p.item.plan.key.seri,
    tanggalNaskah: new Date(`${p.item.tanggal}T00:00:00Z`),
    kodeVerifikasi: p.item.kodeVerifikasi,
  };
}

async function lockNaskah(tx: Prisma.TransactionClient, id: string) {
  await tx.$queryRaw`SELECT 1 FROM "Naskah" WHERE "id" = ${id}::uuid FOR UPDATE`;
  return tx.naskah.findUniqueOrThrow({ where: { id }, select: { status: true } });
}

/**
 * The signer timed out after the documents were sent: they may be signed. Each naskah keeps the
 * number, date and verification code printed in what was sent (so the counter moves now and a
 * retry signs the same letter), stays waiting, and is marked "belum pasti" for the signer.
 */
async function recordBelumPasti(actor: Actor, planned: Planned[], giliran: Giliran | null, now: Date, backendDocumentIds: Record<number, string>): Promise<void> {
  await prisma.$transaction(async (tx) => {
    if (giliran) await giliran.assertHeld(tx);
    for (const [k, p] of planned.entries()) {
      const { item } = p;
      if (!item.naskah.reserved) await incrementNomorUrut(tx, item.plan.key);
      const idDokumen = backendDocumentIds[k] ?? null;
      const message = statusBelumPastiMessage(p.nomor, idDokumen !== null);
      await tx.naskah.update({ where: { id: item.naskah.id }, data: { ...numberFields(p), tandaTanganBelumPastiSejak: now, gagalTandaTanganAlasan: message, idDokumenPenanda: idDokumen } });
      await recordAudit(tx, actor, {
        instansiId: item.naskah.instansiId,
        opdId: item.naskah.opdId,
        action: 'naskah.signUncertain',
        entityType: 'Naskah',
        entityId: item.naskah.id,
        after: { nomor: p.nomor, alasan: message, idDokumen },
      });
    }
    if (giliran) await giliran.releaseIn(tx);
  });
}
