import type { Actor } from '@/lib/authz/actor';
import { judulCakupan, tabelLaporan } from '@/lib/domain/laporan/ekspor-laporan';
import type { LaporanFilter } from '@/lib/domain/laporan/periode';
import { formatTanggalJam } from '@/lib/domain/tanggal';
import { eksporTabel, type BerkasEkspor, type FormatEkspor } from './ekspor-berkas';
import { getLaporan } from './get-laporan';

/** The report as XLSX, CSV or a printable PDF: the same figures the page shows, same scope. */
export async function eksporLaporan(actor: Actor, filter: LaporanFilter, format: FormatEkspor, now = new Date()): Promise<BerkasEkspor> {
  const laporan = await getLaporan(actor, filter, now);
  return eksporTabel(format, tabelLaporan(laporan), {
    judul: 'Laporan Persuratan dan Disposisi',
    subjudul: [judulCakupan(laporan), `Angka per ${laporan.diperbaruiPada ? formatTanggalJam(laporan.diperbaruiPada) : '(belum diperbarui)'} WIB; disposisi terlambat dihitung ${formatTanggalJam(now)} WIB.`],
    namaDasar: `laporan-${filter.dari}_${filter.sampai}`,
  });
}
