import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { naskahDraftScope } from '@/lib/authz/scope';
import { NotFoundError } from '@/lib/domain/errors';
import { calendarDay, effectiveHoldersOf } from '@/lib/domain/jabatan/acting';
import { caraSaatTandaTangan } from '@/lib/domain/tanda-tangan/cara-saat-tanda-tangan';
import { renderNaskahPdf } from '@/lib/pdf/naskah/render';
import { loadNaskahPdfInput } from './load-naskah-pdf-input';
import { NASKAH_TIDAK_DITEMUKAN } from '@/lib/domain/naskah/messages';

/**
 * The layout the signer is about to sign, as a DRAFT render (placeholders for nomor and tanggal):
 * the signature block shows who holds the signer post today (the actor when they do).
 */
export async function renderPratinjauNaskah(actor: Actor, naskahId: string, now = new Date()): Promise<Uint8Array> {
  const n = await prisma.naskah.findFirst({
    where: { id: naskahId, ...naskahDraftScope(actor) },
    select: { id: true, caraTandaTangan: true, penandatanganJabatanId: true },
  });
  if (!n || !n.penandatanganJabatanId) throw new NotFoundError(NASKAH_TIDAK_DITEMUKAN);
  const day = calendarDay(now);
  const penugasan = await prisma.penugasanJabatan.findMany({ where: { jabatanId: n.penandatanganJabatanId }, select: { pegawaiId: true, jabatanId: true, jenis: true, mulai: true, selesai: true } });
  const holders = effectiveHoldersOf(
    penugasan.map((p) => ({ ...p, mulai: p.mulai.toISOString().slice(0, 10), selesai: p.selesai?.toISOString().slice(0, 10) ?? null })),
    n.penandatanganJabatanId,
    day,
  );
  const holder = holders.find((h) => h.pegawaiId === actor.pegawaiId) ?? holders.find((h) => h.jenis === 'PLH') ?? holders[0];
  const signer = holder
    ? await prisma.pegawai.findUniqueOrThrow({ where: { id: holder.pegawaiId }, select: { nama: true, gelarDepan: true, gelarBelakang: true, golongan: true, nip: true } })
    : null;
  const cara = holder ? caraSaatTandaTangan(n.caraTandaTangan, holder.jenis) : undefined;
  const { pdf } = await renderNaskahPdf(await loadNaskahPdfInput(prisma, n.id, { signer, cara }));
  return pdf;
}
