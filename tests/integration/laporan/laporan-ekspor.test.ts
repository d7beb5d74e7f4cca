import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { resolveFilter } from '@/lib/domain/laporan/periode';
import { refreshLaporan } from '@/lib/jobs/refresh-laporan';
import { eksporKinerja } from '@/lib/services/laporan/ekspor-kinerja';
import { eksporLaporan } from '@/lib/services/laporan/ekspor-laporan';
import { actorFor } from '../support/actors';
import { createLaporanWorld, NOW, OKTOBER } from './laporan-world';

describe('report and kinerja downloads', () => {
  it('carry the page’s figures in XLSX, CSV and a printable PDF, and only the rows the reader may see', async () => {
    const w = await createLaporanWorld();
    await refreshLaporan({ now: NOW });
    const kepala = await actorFor(w.kepala.id);
    const filter = resolveFilter(OKTOBER, NOW);

    const xlsx = await eksporLaporan(kepala, filter, 'xlsx', NOW);
    expect(xlsx.namaFile).toBe('laporan-2026-10-01_2026-10-31.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Disposisi terlambat per orang')!;
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([w.sekretaris.jabatan.nama, w.sekretaris.pegawai.nama, 1]);

    const csv = new TextDecoder().decode((await eksporLaporan(kepala, filter, 'csv', NOW)).bytes);
    expect(csv).toContain('\r\nSurat masuk per sifat,Penting,Jumlah,2\r\n');
    expect(csv).toContain('\r\nGagal tanda tangan per alasan,Passphrase salah,Jumlah,2\r\n');

    const pdf = await eksporLaporan(kepala, filter, 'pdf', NOW);
    expect((await PDFDocument.load(pdf.bytes)).getPageCount()).toBeGreaterThanOrEqual(1);
    if (process.env.LAPORAN_PDF_OUT) await writeFile(process.env.LAPORAN_PDF_OUT, pdf.bytes);

    // The staf's kinerja CSV holds their own line only.
    const own = new TextDecoder().decode((await eksporKinerja(await actorFor(w.staf.pegawai.id), { bulan: '2026-10' }, 'csv', NOW)).bytes).trim().split('\r\n');
    expect(own).toHaveLength(2);
    expect(own[1]).toMatch(new RegExp(`^${w.staf.pegawai.nip},`));
    expect(own[1]!.endsWith(',0,0,2,0,0')).toBe(true);
  });
});
