import { defineRoute } from '@/lib/actions/define-route';
import { idParams } from '@/lib/actions/load-page';
import { JENIS_PENYUSUTAN_LABEL } from '@/lib/domain/arsip/penyusutan';
import { toCsv } from '@/lib/domain/arsip/csv';
import { KETERANGAN_LABEL } from '@/lib/domain/arsip/retensi';
import { getPenyusutan } from '@/lib/services/arsip/get-penyusutan';

/** The daftar (usul musnah, statis, pindah) as CSV for a spreadsheet. */
export const GET = defineRoute({ errors: 'text', params: idParams }, async ({ actor, params }) => {
  const p = await getPenyusutan(actor, params.id);
  const rows = [
    ['no', 'kode_klasifikasi', 'uraian', 'nomor', 'kurun_waktu', 'unit_pengolah', 'keterangan', 'status'],
    ...p.arsip.map(({ arsip: a }, i) => [String(i + 1), a.klasifikasiArsip?.kode ?? '', a.naskah.perihal, a.naskah.nomor ?? '', a.tanggal.toISOString().slice(0, 4), a.unitKerja.nama, a.keterangan ? KETERANGAN_LABEL[a.keterangan] : '', a.status]),
  ];
  const name = JENIS_PENYUSUTAN_LABEL[p.jenis].daftar.toLowerCase().replace(/\s+/g, '-');
  return new Response(`\uFEFF${toCsv(rows, { spreadsheet: true })}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"` } });
});
