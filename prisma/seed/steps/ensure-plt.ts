// The demo's one Plt. assignment. Its period is relative to the day the row is created (it must
// cover "today" whenever the demo is started), so it is found by "effective today" rather than by
// its start date: a re-run the same day or months later keeps the row; after it has ended, a new
// period is created and the old one stays as history. Exactly one is effective at any time.
import { PLT } from '../data/plt';
import type { PemegangIds } from './upsert-pegawai';
import { ambil, hari, kunci, type OrganisasiIds, type Tx } from './types';

/** First (tambahBulan months from `day`'s month) or last day of that month, as yyyy-mm-dd. */
function batasBulan(day: string, tambahBulan: number, ujung: 'awal' | 'akhir'): string {
  const [y, m] = day.split('-').map(Number);
  const d = ujung === 'awal' ? new Date(Date.UTC(y, m - 1 + tambahBulan, 1)) : new Date(Date.UTC(y, m + tambahBulan, 0));
  return d.toISOString().slice(0, 10);
}

export async function ensurePlt(tx: Tx, ids: OrganisasiIds, pemegang: PemegangIds, today: string): Promise<void> {
  const pegawaiId = ambil(pemegang, kunci(PLT.opd, PLT.olehJabatan));
  const jabatanId = ambil(ids.jabatanId, kunci(PLT.opd, PLT.jabatan));
  const effective = await tx.penugasanJabatan.findFirst({
    where: { pegawaiId, jabatanId, jenis: 'PLT', mulai: { lte: hari(today) }, OR: [{ selesai: null }, { selesai: { gte: hari(today) } }] },
    select: { id: true },
  });
  if (effective) return;
  const mulai = batasBulan(today, -PLT.bulanSebelum, 'awal');
  await tx.penugasanJabatan.create({
    data: {
      pegawaiId,
      jabatanId,
      jenis: 'PLT',
      mulai: hari(mulai),
      selesai: hari(batasBulan(today, PLT.bulanSesudah, 'akhir')),
      alasan: PLT.alasan,
      nomorSk: `800/${mulai.slice(5, 7)}17/BKD/${mulai.slice(0, 4)}`,
    },
  });
}
