import { zipSync, type Zippable } from 'fflate';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { toCsv } from '@/lib/domain/arsip/csv';
import { KETERANGAN_LABEL } from '@/lib/domain/arsip/retensi';
import { NotFoundError } from '@/lib/domain/errors';
import { getStorage } from '@/lib/storage';
import { arsipScope, unitPengolahOf } from './arsip-scope';

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? '';
const safeName = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60);

/**
 * A berkas for the office itself: a zip of the PDFs of the records the actor may see in it, with an
 * index.csv (one row per record, spreadsheet-safe) naming each file.
 */
export async function exportBerkasZip(actor: Actor, berkasArsipId: string): Promise<{ bytes: Uint8Array; namaFile: string }> {
  assertCan(actor, 'arsip.read');
  const berkas = await prisma.berkasArsip.findUnique({ where: { id: berkasArsipId }, select: { id: true, judul: true } });
  const arsip = berkas
    ? await prisma.arsip.findMany({
        where: { AND: [{ berkasArsipId }, arsipScope(actor, await unitPengolahOf(actor))] },
        orderBy: [{ tanggal: 'asc' }, { id: 'asc' }],
        select: { id: true, tanggal: true, status: true, aktifSampai: true, inaktifSampai: true, keterangan: true, berkasDihapusPada: true, klasifikasiArsip: { select: { kode: true } }, naskah: { select: { nomor: true, perihal: true, berkasUtama: { select: { storageKey: true } } } } },
      })
    : [];
  if (!berkas || arsip.length === 0) throw new NotFoundError('Berkas tidak ditemukan atau kosong.');
  const zip: Zippable = {};
  const index = [['no', 'kode_klasifikasi', 'nomor', 'uraian', 'tanggal', 'status', 'aktif_sampai', 'inaktif_sampai', 'keterangan', 'berkas_pdf']];
  for (const [i, a] of arsip.entries()) {
    const stored = a.naskah.berkasUtama && !a.berkasDihapusPada ? await getStorage().get(a.naskah.berkasUtama.storageKey) : null;
    const file = stored ? `${String(i + 1).padStart(4, '0')}-${safeName(a.naskah.nomor ?? a.naskah.perihal)}.pdf` : '';
    if (stored) zip[file] = [stored.bytes, { level: 0 }];
    index.push([String(i + 1), a.klasifikasiArsip?.kode ?? '', a.naskah.nomor ?? '', a.naskah.perihal, day(a.tanggal), a.status, day(a.aktifSampai), day(a.inaktifSampai), a.keterangan ? KETERANGAN_LABEL[a.keterangan] : '', file]);
  }
  zip['index.csv'] = new TextEncoder().encode(`\uFEFF${toCsv(index, { spreadsheet: true })}`);
  return { bytes: zipSync(zip), namaFile: `berkas-${safeName(berkas.judul)}.zip` };
}
