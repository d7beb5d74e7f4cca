import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { naskahDraftScope } from '@/lib/authz/scope';
import { DomainError, NotFoundError } from '@/lib/domain/errors';
import { calendarDay, effectiveHoldersOf } from '@/lib/domain/jabatan/acting';
import { NASKAH_PDF_SELECT, NaskahPdfError, renderNaskahPdf, toNaskahPdfInput } from '@/lib/pdf/naskah';
import { getStorage } from '@/lib/storage';
import { NASKAH_TIDAK_DITEMUKAN } from '@/lib/domain/naskah/messages';

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Who would sign today: the Plh. while one stands in, else the definitif holder, else the Plt. */
async function currentSigner(jabatanId: string, now: Date) {
  const rows = await prisma.penugasanJabatan.findMany({
    where: { jabatanId },
    select: { pegawaiId: true, jabatanId: true, jenis: true, mulai: true, selesai: true, pegawai: { select: { nama: true, gelarDepan: true, gelarBelakang: true, nip: true, golongan: true } } },
  });
  const holders = effectiveHoldersOf(rows.map((r) => ({ ...r, mulai: day(r.mulai), selesai: r.selesai ? day(r.selesai) : null })), jabatanId, calendarDay(now));
  const holder = holders.find((h) => h.jenis === 'PLH') ?? holders[0];
  return holder ? (rows.find((r) => r.pegawaiId === holder.pegawaiId)?.pegawai ?? null) : null;
}

/** The draft PDF of a naskah the actor may see, as it stands now (no number, no date, no QR). */
export async function renderNaskahPreview(actor: Actor, naskahId: string, now = new Date()): Promise<Uint8Array> {
  const record = await prisma.naskah.findFirst({ where: { id: naskahId, ...naskahDraftScope(actor) }, select: { ...NASKAH_PDF_SELECT, penandatanganJabatanId: true } });
  if (!record) throw new NotFoundError(NASKAH_TIDAK_DITEMUKAN);
  const pemarafIds = [...new Set(record.verifikasi.map((v) => v.pegawaiId).filter((id): id is string => id !== null))];
  const [signer, pemaraf, logo] = await Promise.all([
    record.penandatanganJabatanId ? currentSigner(record.penandatanganJabatanId, now) : null,
    prisma.pegawai.findMany({ where: { id: { in: pemarafIds } }, select: { id: true, nama: true } }),
    record.opd.logoKey ? getStorage().get(record.opd.logoKey) : null,
  ]);
  try {
    const input = toNaskahPdfInput(record, {
      mode: 'DRAFT',
      signer,
      pemaraf: Object.fromEntries(pemaraf.map((p) => [p.id, p.nama])),
      logo: logo?.bytes ?? null,
    });
    return (await renderNaskahPdf(input)).pdf;
  } catch (error) {
    // The renderer explains what it cannot print (no signer yet, too long) in Bahasa Indonesia.
    if (error instanceof NaskahPdfError) throw new DomainError(error.message);
    throw error;
  }
}
