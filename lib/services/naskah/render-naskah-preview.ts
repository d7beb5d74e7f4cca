import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { naskahDraftScope } from '@/lib/authz/scope';
import { DomainError, NotFoundError } from '@/lib/domain/errors';
import { calendarDay, effectiveHoldersOf } from '@/lib/domain/jabatan/acting';
import { NASKAH_TIDAK_DITEMUKAN } from '@/lib/domain/naskah/messages';
import { caraSaatTandaTangan } from '@/lib/domain/tanda-tangan/cara-saat-tanda-tangan';
import { penandatanganHariIni } from '@/lib/domain/tanda-tangan/penandatangan-hari-ini';
import { NaskahPdfError } from '@/lib/pdf/naskah';
import { loadNaskahPdfInput } from '@/lib/services/tanda-tangan/load-naskah-pdf-input';
import { renderNaskahPdfTerpisah } from './naskah-pool';

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The DRAFT PDF of a naskah the actor may see, as it stands now (placeholders for number and date,
 * no QR): the one preview renderer, for the drafter, the verifikator and the signer alike.
 */
export async function renderNaskahPreview(actor: Actor, naskahId: string, now = new Date()): Promise<Uint8Array> {
  const n = await prisma.naskah.findFirst({ where: { id: naskahId, ...naskahDraftScope(actor) }, select: { id: true, caraTandaTangan: true, penandatanganJabatanId: true } });
  if (!n) throw new NotFoundError(NASKAH_TIDAK_DITEMUKAN);
  const rows = n.penandatanganJabatanId
    ? await prisma.penugasanJabatan.findMany({ where: { jabatanId: n.penandatanganJabatanId }, select: { pegawaiId: true, jabatanId: true, jenis: true, mulai: true, selesai: true } })
    : [];
  const holders = n.penandatanganJabatanId ? effectiveHoldersOf(rows.map((r) => ({ ...r, mulai: day(r.mulai), selesai: r.selesai ? day(r.selesai) : null })), n.penandatanganJabatanId, calendarDay(now)) : [];
  const holder = penandatanganHariIni(holders, actor.pegawaiId);
  const signer = holder ? await prisma.pegawai.findUniqueOrThrow({ where: { id: holder.pegawaiId }, select: { nama: true, gelarDepan: true, gelarBelakang: true, golongan: true, nip: true } }) : null;
  try {
    const input = await loadNaskahPdfInput(prisma, n.id, { signer, cara: holder ? caraSaatTandaTangan(n.caraTandaTangan, holder.jenis) : undefined });
    return (await renderNaskahPdfTerpisah(input)).pdf;
  } catch (error) {
    // The renderer explains what it cannot print (no signer yet, too long) in Bahasa Indonesia.
    if (error instanceof NaskahPdfError) throw new DomainError(error.message);
    throw error;
  }
}
