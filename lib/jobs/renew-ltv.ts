// Signatures that outlive their certificates (PAdES B-LTA renewal). For each kept record with a
// signed PDF, the job finds until when its proof is current (the newest time-stamp's certificate
// path) and records it on the arsip; when that day is within the horizon it appends fresh validation
// data for the newest time-stamp (DSS/VRI) and a new document time-stamp over the whole file, as an
// incremental update that leaves every earlier signature intact, and keeps the result as the
// record's new main file (the previous file stays, linked to the naskah). Every look sets when to
// look again (lib/domain/arsip/bukti), so a record that keeps failing backs off instead of being
// picked first on every run. Scheduled daily through renew-ltv-task.ts; `now` and the PKI are
// arguments so tests move the clock.
import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import { alasanStempelBaruDitolak, buktiBerlakuSampai, periksaLagiPada, perluDiperbarui } from '@/lib/domain/arsip/bukti';
import { extendToLta } from '@/lib/signing/pades/extend-lta';
import type { LongTermValidationSource } from '@/lib/signing/pades/signature-provider';
import { defaultVerifyOptions, verifyPdf, type PdfVerification } from '@/lib/signing/verify';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { commitBerkas, discardBerkasTertunda, putBerkasTertunda } from '@/lib/services/berkas/store-berkas';
import { getStorage } from '@/lib/storage';

export interface RenewLtvDeps {
  now: Date;
  /** Where fresh time-stamps and validation data come from (the production TSA/CRL/OCSP, or the mock CA). */
  ltv: LongTermValidationSource;
  /** Renew proofs that end within this many days. */
  horizonDays?: number;
  /** Records looked at per run. */
  limit?: number;
  /** Only this OPD's records (a re-run for one unit; tests that share a database). */
  opdId?: string;
  /** Our own stored PDFs, checked at `now`. */
  verify?: (pdf: Uint8Array, now: Date) => Promise<PdfVerification>;
}

export interface RenewLtvResult {
  checked: number;
  renewed: number;
  /** The records looked at, in order. */
  arsipIds: string[];
  failed: { arsipId: string; reason: string }[];
}

const verifyAt = async (pdf: Uint8Array, now: Date) => verifyPdf(pdf, { ...(await defaultVerifyOptions()), now });

export async function renewLtv({ now, ltv, horizonDays = 180, limit = 200, opdId, verify = verifyAt }: RenewLtvDeps): Promise<RenewLtvResult> {
  const horizon = new Date(now.getTime() + horizonDays * 86_400_000);
  const due = await prisma.arsip.findMany({
    where: {
      status: { in: ['AKTIF', 'INAKTIF'] },
      ...(opdId ? { opdId } : {}),
      naskah: { sumber: 'INTERNAL', status: 'DITANDATANGANI', berkasUtama: { jenis: 'FINAL' } },
      AND: [
        { OR: [{ buktiBerlakuSampai: null }, { buktiBerlakuSampai: { lt: horizon } }] },
        { OR: [{ buktiPeriksaLagiPada: null }, { buktiPeriksaLagiPada: { lte: now } }] },
      ],
    },
    orderBy: [{ buktiBerlakuSampai: { sort: 'asc', nulls: 'first' } }, { id: 'asc' }],
    take: limit,
    select: { id: true, opdId: true, buktiBerlakuSampai: true, buktiDiperbaruiPada: true, buktiGagalBeruntun: true, naskah: { select: { id: true, nomor: true, penandatanganPegawaiId: true, opd: { select: { instansiId: true } }, berkasUtama: { select: { id: true, storageKey: true, namaFile: true } } } } },
  });
  const result: RenewLtvResult = { checked: 0, renewed: 0, arsipIds: [], failed: [] };
  for (const a of due) {
    result.checked++;
    result.arsipIds.push(a.id);
    try {
      const stored = await getStorage().get(a.naskah.berkasUtama!.storageKey);
      if (!stored) throw new Error('berkas tidak ada di penyimpanan');
      const sampai = buktiBerlakuSampai(await verify(stored.bytes, now));
      if (!sampai) throw new Error('tidak ada tanda tangan atau stempel waktu yang terbaca');
      if (!perluDiperbarui({ buktiBerlakuSampai: sampai, buktiDiperbaruiPada: a.buktiDiperbaruiPada }, now, horizonDays)) {
        const lagi = periksaLagiPada({ buktiBerlakuSampai: sampai, buktiDiperbaruiPada: a.buktiDiperbaruiPada, gagalBeruntun: 0 }, now, horizonDays);
        await prisma.arsip.update({ where: { id: a.id }, data: { buktiBerlakuSampai: sampai, buktiPeriksaLagiPada: lagi, buktiGagalBeruntun: 0, buktiGagalAlasan: null } });
        continue;
      }
      // Remote TSA and revocation calls happen here, with no transaction open.
      const renewedPdf = await extendToLta(stored.bytes, ltv);
      const check = await verify(renewedPdf, now);
      const ditolak = alasanStempelBaruDitolak(check);
      if (ditolak) throw new Error(ditolak);
      const baru = buktiBerlakuSampai(check);
      const lagi = periksaLagiPada({ buktiBerlakuSampai: baru, buktiDiperbaruiPada: now, gagalBeruntun: 0 }, now, horizonDays);
      const file = await putBerkasTertunda({ storageKey: `naskah/${a.naskah.id}/${randomUUID()}.pdf`, bytes: renewedPdf, mime: 'application/pdf' });
      try {
        await prisma.$transaction(async (tx) => {
          const berkas = await commitBerkas(tx, { ...file, jenis: 'FINAL', namaFile: a.naskah.berkasUtama!.namaFile, naskahId: a.naskah.id, diunggahOlehId: a.naskah.penandatanganPegawaiId! });
          await tx.naskah.update({ where: { id: a.naskah.id }, data: { berkasUtamaId: berkas.id } });
          await tx.arsip.update({ where: { id: a.id }, data: { buktiBerlakuSampai: baru, buktiDiperbaruiPada: now, buktiPeriksaLagiPada: lagi, buktiGagalBeruntun: 0, buktiGagalAlasan: null } });
          await recordAudit(tx, null, {
            instansiId: a.naskah.opd.instansiId,
            opdId: a.opdId,
            action: 'arsip.renewBukti',
            entityType: 'Arsip',
            entityId: a.id,
            before: { berkasId: a.naskah.berkasUtama!.id, buktiBerlakuSampai: sampai?.toISOString() ?? null },
            after: { berkasId: berkas.id, sha256: file.sha256, buktiBerlakuSampai: baru?.toISOString() ?? null },
          });
        });
      } catch (error) {
        await discardBerkasTertunda(file.storageKey).catch(() => undefined);
        throw error;
      }
      result.renewed++;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      result.failed.push({ arsipId: a.id, reason });
      const gagalBeruntun = a.buktiGagalBeruntun + 1;
      const lagi = periksaLagiPada({ buktiBerlakuSampai: a.buktiBerlakuSampai, buktiDiperbaruiPada: a.buktiDiperbaruiPada, gagalBeruntun }, now, horizonDays);
      await prisma.arsip.update({ where: { id: a.id }, data: { buktiGagalBeruntun: gagalBeruntun, buktiGagalAlasan: reason.slice(0, 500), buktiPeriksaLagiPada: lagi } });
    }
  }
  return result;
}
