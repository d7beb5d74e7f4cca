// Master data: kode klasifikasi arsip (per instansi), and per OPD the disposisi instruction
// checklist and the numbering templates.
import { INSTRUKSI_DISPOSISI_DEFAULT } from '@/lib/domain/disposisi/instruksi-default';
import { KLASIFIKASI_ARSIP, kodeInduk } from '../data/klasifikasi';
import { TEMPLATE_PENOMORAN } from '../data/penomoran';
import { ambil, type OrganisasiIds, type Tx } from './types';

export async function upsertKlasifikasi(tx: Tx, instansiId: string): Promise<void> {
  const idByKode = new Map<string, string>();
  // Shorter codes first, so a parent always exists before its children.
  const urut = [...KLASIFIKASI_ARSIP].sort(([a], [b]) => a.split('.').length - b.split('.').length);
  for (const [kode, nama] of urut) {
    const induk = kodeInduk(kode);
    const parentId = induk ? ambil(idByKode, induk) : null;
    const row = await tx.klasifikasiArsip.upsert({
      where: { instansiId_kode: { instansiId, kode } },
      create: { instansiId, kode, nama, parentId },
      update: { nama, parentId },
    });
    idByKode.set(kode, row.id);
  }
}

export async function upsertInstruksiDanPenomoran(tx: Tx, ids: OrganisasiIds): Promise<void> {
  for (const opdId of ids.opdId.values()) {
    for (const [i, teks] of INSTRUKSI_DISPOSISI_DEFAULT.entries()) {
      await tx.instruksiDisposisi.upsert({
        where: { opdId_teks: { opdId, teks } },
        create: { opdId, teks, urutan: i + 1 },
        update: { urutan: i + 1 },
      });
    }
    // Found by (opdId, jenis) rather than upserted: the OPD default has jenis null, which a
    // compound-unique `where` cannot express.
    for (const { jenis, template, panjangNomor } of TEMPLATE_PENOMORAN) {
      const existing = await tx.templatePenomoran.findFirst({ where: { opdId, jenis }, select: { id: true } });
      if (existing) await tx.templatePenomoran.update({ where: { id: existing.id }, data: { template, panjangNomor } });
      else await tx.templatePenomoran.create({ data: { opdId, jenis, template, panjangNomor } });
    }
  }
}

