import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { naskahDraftScope } from '@/lib/authz/scope';
import { DomainError, ForbiddenError, NotFoundError } from '@/lib/domain/errors';
import { calendarDay } from '@/lib/domain/jabatan/acting';
import { assertTransition } from '@/lib/domain/naskah/state-machine';
import { caraSaatTandaTangan } from '@/lib/domain/tanda-tangan/cara-saat-tanda-tangan';
import { ANTREAN_PENOMORAN_PENUH, GAGAL_SISTEM, SignNaskahError } from '@/lib/domain/tanda-tangan/sign-naskah-error';
import { renderNaskahPdf } from '@/lib/pdf/naskah/render';
import { NaskahPdfError } from '@/lib/pdf/naskah/types';
import { getSigner } from '@/lib/signing';
import { assertMaySign } from '@/lib/signing/bsre/status';
import { SigningError, type PdfSigner } from '@/lib/signing/types';
import { getStorage } from '@/lib/storage';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { issueNomor } from '@/lib/services/penomoran/issue-nomor';
import { distributeNaskah } from './distribute-naskah';
import { loadNaskahPdfInput } from './load-naskah-pdf-input';
import { publicBaseUrl } from './public-url';
import { NASKAH_TIDAK_DITEMUKAN } from '@/lib/domain/naskah/messages';

export interface SignNaskahInput {
  actor: Actor;
  naskahId: string;
  /** The certificate's passphrase: handed to the signer, never stored or logged. */
  passphrase: string;
  now?: Date;
}

export interface SignNaskahResult {
  naskahId: string;
  nomor: string;
  kodeVerifikasi: string;
  berkasId: string;
}

/** How long one signature may take before it counts as failed (BSrE answers in seconds). */
const SIGN_TIMEOUT_MS = Number(process.env.SIGN_TIMEOUT_MS ?? 60_000);
/**
 * How long a signing waits for the OPD's numbering counter. The counter row stays locked while a
 * document is rendered and signed (that is what keeps numbers gap-free), so signings of one OPD and
 * sequence run one after another; beyond this wait the signer is told to try again.
 */
const NOMOR_LOCK_TIMEOUT_MS = Number(process.env.NOMOR_LOCK_TIMEOUT_MS ?? 90_000);

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SigningError('TIMEOUT', `lebih dari ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Postgres' lock_not_available (55P03), raised when lock_timeout expires, wherever Prisma wraps it. */
function isLockTimeout(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? '')}` : String(error);
  return /55P03|lock timeout|canceling statement due to lock timeout/i.test(text);
}

function toSignNaskahError(error: unknown): SignNaskahError {
  if (error instanceof SignNaskahError) return error;
  if (error instanceof SigningError) return new SignNaskahError(error.userMessage, error.code);
  if (error instanceof NaskahPdfError) return new SignNaskahError(error.message, 'RENDER');
  if (isLockTimeout(error)) return new SignNaskahError(ANTREAN_PENOMORAN_PENUH, 'BUSY');
  return new SignNaskahError(GAGAL_SISTEM, 'INTERNAL');
}

/**
 * Signs a naskah waiting for the actor's signature: issues the number from the OPD's template,
 * renders the FINAL PDF (number, date, QR code to the public verification page, BSrE footer),
 * signs it, stores it and delivers it, all in one transaction that holds the OPD's numbering
 * counter. Any failure rolls everything back: the number returns to the counter, the stored file
 * is removed, the naskah stays waiting for its signature, and the reason is saved for the signer.
 * The signer is a parameter so tests can inject one that fails.
 */
export async function signNaskah({ actor, naskahId, passphrase, now = new Date() }: SignNaskahInput, signer: PdfSigner = getSigner()): Promise<SignNaskahResult> {
  assertCan(actor, 'naskah.sign');
  const post = actor.activePost!;
  const naskah = await prisma.naskah.findFirst({
    where: { id: naskahId, ...naskahDraftScope(actor) },
    select: {
      id: true,
      opdId: true,
      jenis: true,
      status: true,
      perihal: true,
      caraTandaTangan: true,
      penandatanganJabatanId: true,
      pembuatPegawaiId: true,
      klasifikasiArsip: { select: { kode: true } },
      opd: { select: { instansiId: true, singkatan: true } },
    },
  });
  if (!naskah) throw new NotFoundError(NASKAH_TIDAK_DITEMUKAN);
  if (naskah.penandatanganJabatanId !== post.jabatanId) throw new ForbiddenError('Hanya penandatangan naskah ini yang dapat menandatanganinya.');
  assertTransition(naskah.status, 'tandatangani');
  if (!naskah.jenis) throw new DomainError('Jenis naskah belum diisi.');
  if (!naskah.klasifikasiArsip) throw new DomainError('Klasifikasi arsip naskah belum diisi; kembalikan ke pengonsep untuk dilengkapi.');
  if (!passphrase) throw new DomainError('Isi passphrase sertifikat elektronik Anda.', { passphrase: ['Isi passphrase.'] });

  const pegawai = await prisma.pegawai.findUniqueOrThrow({
    where: { id: actor.pegawaiId },
    select: { nik: true, nip: true, nama: true, gelarDepan: true, gelarBelakang: true, golongan: true },
  });
  const cara = caraSaatTandaTangan(naskah.caraTandaTangan, post.penugasan);
  const tanggal = calendarDay(now);
  const storage = getStorage();
  let storedKey: string | null = null;

  try {
    assertMaySign(await withTimeout(signer.checkStatus(pegawai.nik), SIGN_TIMEOUT_MS));
    return await prisma.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = ${Math.max(1, Math.floor(NOMOR_LOCK_TIMEOUT_MS))}`);
        // Lock the naskah first: a double click waits here and then finds it already signed.
        await tx.$queryRaw`SELECT 1 FROM "Naskah" WHERE "id" = ${naskah.id}::uuid FOR UPDATE`;
        const fresh = await tx.naskah.findUniqueOrThrow({ where: { id: naskah.id }, select: { status: true, penandatanganJabatanId: true } });
        if (fresh.penandatanganJabatanId !== post.jabatanId) throw new ForbiddenError('Hanya penandatangan naskah ini yang dapat menandatanganinya.');
        const status = assertTransition(fresh.status, 'tandatangani');

        const issued = await issueNomor(tx, { opdId: naskah.opdId, jenis: naskah.jenis!, klasifikasi: naskah.klasifikasiArsip!.kode, unit: naskah.opd.singkatan, tanggal });
        const kodeVerifikasi = randomBytes(16).toString('base64url');
        const input = await loadNaskahPdfInput(tx, naskah.id, {
          signer: pegawai,
          cara,
          final: { nomor: issued.nomor, tanggal, verifikasiUrl: `${publicBaseUrl()}/verifikasi/${kodeVerifikasi}` },
        });
        const rendered = await renderNaskahPdf(input);
        const signed = await withTimeout(
          signer.signPdf({
            pdf: rendered.pdf,
            nik: pegawai.nik,
            passphrase,
            appearance: rendered.signatureBox,
            reason: `Penandatanganan naskah dinas nomor ${issued.nomor}`,
            location: naskah.opd.singkatan,
          }),
          SIGN_TIMEOUT_MS,
        );

        const key = `naskah/${naskah.id}/${randomUUID()}.pdf`;
        await storage.put(key, signed.pdf, 'application/pdf');
        storedKey = key;
        const berkas = await tx.berkas.create({
          data: {
            jenis: 'FINAL',
            storageKey: key,
            namaFile: `${issued.nomor.replace(/[^A-Za-z0-9.-]+/g, '_')}.pdf`,
            mime: 'application/pdf',
            ukuran: signed.pdf.byteLength,
            sha256: createHash('sha256').update(signed.pdf).digest('hex'),
            naskahId: naskah.id,
            diunggahOlehId: actor.pegawaiId,
          },
          select: { id: true },
        });
        await tx.naskah.update({
          where: { id: naskah.id },
          data: {
            status,
            nomor: issued.nomor,
            nomorUrut: issued.nomorUrut,
            tahunNomor: issued.tahun,
            tanggalNaskah: new Date(`${tanggal}T00:00:00Z`),
            ditandatanganiPada: signed.signedAt,
            penandatanganPegawaiId: actor.pegawaiId,
            blokTandaTangan: { ...input.penandatangan },
            berkasUtamaId: berkas.id,
            kodeVerifikasi,
            gagalTandaTanganAlasan: null,
          },
        });
        const sent = await distributeNaskah(
          tx,
          { id: naskah.id, nomor: issued.nomor, perihal: naskah.perihal, pembuatPegawaiId: naskah.pembuatPegawaiId, penandatanganPegawaiId: actor.pegawaiId },
          now,
        );
        await recordAudit(tx, actor, {
          instansiId: naskah.opd.instansiId,
          opdId: naskah.opdId,
          action: 'naskah.sign',
          entityType: 'Naskah',
          entityId: naskah.id,
          before: { status: fresh.status },
          after: { status, nomor: issued.nomor, seri: issued.seri, berkasId: berkas.id, signer: signer.backend, dikirimKe: sent.deliveredJabatanIds, eksternal: sent.eksternalPenerimaIds.length },
        });
        return { naskahId: naskah.id, nomor: issued.nomor, kodeVerifikasi, berkasId: berkas.id };
      },
      { maxWait: NOMOR_LOCK_TIMEOUT_MS, timeout: NOMOR_LOCK_TIMEOUT_MS + 2 * SIGN_TIMEOUT_MS + 30_000 },
    );
  } catch (error) {
    if (storedKey) await storage.delete(storedKey).catch(() => undefined);
    if (error instanceof DomainError && !(error instanceof SignNaskahError)) throw error;
    const failure = toSignNaskahError(error);
    if (failure.code === 'INTERNAL') console.error('[signNaskah]', error instanceof Error ? `${error.name}: ${error.message}` : error);
    await recordFailure(actor, naskah, failure);
    throw failure;
  }
}

/** Saves the reason beside the still-waiting naskah (outside the rolled-back transaction). */
async function recordFailure(actor: Actor, naskah: { id: string; opdId: string; opd: { instansiId: string } }, failure: SignNaskahError) {
  await prisma.$transaction(async (tx) => {
    const updated = await tx.naskah.updateMany({ where: { id: naskah.id, status: 'MENUNGGU_TANDA_TANGAN' }, data: { gagalTandaTanganAlasan: failure.message } });
    if (!updated.count) return;
    await recordAudit(tx, actor, {
      instansiId: naskah.opd.instansiId,
      opdId: naskah.opdId,
      action: 'naskah.sign.gagal',
      entityType: 'Naskah',
      entityId: naskah.id,
      after: { kode: failure.code, alasan: failure.message },
    });
  });
}
