import type { Actor } from '@/lib/authz/actor';
import { tabelKinerja } from '@/lib/domain/laporan/kinerja-kolom';
import type { KinerjaFilterInput } from '@/lib/domain/laporan/periode';
import { formatBulan, formatTanggalJam } from '@/lib/domain/tanggal';
import { eksporTabel, type BerkasEkspor, type FormatEkspor } from './ekspor-berkas';
import { getKinerja } from './get-kinerja';

/** Kinerja evidence of one month for the pemda's performance system: the rows getKinerja allows. */
export async function eksporKinerja(actor: Actor, input: KinerjaFilterInput, format: FormatEkspor, now = new Date()): Promise<BerkasEkspor> {
  // Every person the filter holds, whatever page the screen was on.
  const kinerja = await getKinerja(actor, { ...input, halaman: undefined }, now);
  return eksporTabel(format, [tabelKinerja(kinerja.baris, kinerja.bulan)], {
    judul: `Bukti Kinerja e-Office ${formatBulan(kinerja.bulan)}`,
    subjudul: [kinerja.cakupan, `Angka per ${kinerja.diperbaruiPada ? formatTanggalJam(kinerja.diperbaruiPada) : '(belum diperbarui)'} WIB`],
    namaDasar: `kinerja-${kinerja.bulan}`,
  });
}
