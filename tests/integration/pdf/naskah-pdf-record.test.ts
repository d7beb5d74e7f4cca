// NASKAH_PDF_SELECT against the real schema: a naskah loaded with it maps to a printable input.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { NASKAH_PDF_SELECT, renderNaskahPdf, toNaskahPdfInput } from '@/lib/pdf/naskah';
import { createJabatan, createPegawai, createWorld } from '../support/factories';

describe('NASKAH_PDF_SELECT + toNaskahPdfInput', () => {
  it('prints a surat dinas signed a.n. the pimpinan, with internal and external addressees and paraf', async () => {
    const { instansi, opd, kepalaJabatan } = await createWorld();
    const sekdisJabatan = await createJabatan(opd.id, { parentId: kepalaJabatan.id, level: 2, nama: 'Sekretaris' });
    const kasubbagJabatan = await createJabatan(opd.id, { parentId: sekdisJabatan.id, level: 3, nama: 'Kepala Subbagian Umum' });
    const pengonsep = await createPegawai(instansi.id, opd.id);
    const kasubbag = await createPegawai(instansi.id, opd.id);
    const naskah = await prisma.naskah.create({
      data: {
        opdId: opd.id,
        sumber: 'INTERNAL',
        status: 'MENUNGGU_TANDA_TANGAN',
        jenis: 'SURAT_DINAS',
        perihal: 'Permohonan Data Aset TIK',
        lampiranJumlah: 1,
        derajatKecepatan: 'SEGERA',
        pembuatPegawaiId: pengonsep.id,
        pembuatJabatanId: kasubbagJabatan.id,
        penandatanganJabatanId: sekdisJabatan.id,
        caraTandaTangan: 'AN',
        atasNamaJabatanId: kepalaJabatan.id,
        konten: { isi: '<p>Dengan hormat, mohon <strong>data aset TIK</strong> disampaikan.</p>' },
        penerima: {
          create: [
            { jenis: 'TUJUAN', urutan: 0, namaEksternal: 'Kepala Balai Uji', alamatEksternal: 'Jalan Balai No. 2' },
            { jenis: 'TEMBUSAN', urutan: 0, jabatanId: kepalaJabatan.id },
          ],
        },
        verifikasi: {
          create: [{ putaran: 1, urutan: 1, jabatanId: kasubbagJabatan.id, status: 'DISETUJUI', pegawaiId: kasubbag.id, actedAt: new Date('2026-12-04T02:00:00Z') }],
        },
      },
    });

    const record = await prisma.naskah.findUniqueOrThrow({ where: { id: naskah.id }, select: NASKAH_PDF_SELECT });
    const input = toNaskahPdfInput(record, {
      mode: 'DRAFT',
      signer: { nama: 'Siti Aminah', gelarBelakang: 'S.E.', nip: '197805202003122002', golongan: 'IV/a' },
      pemaraf: { [kasubbag.id]: kasubbag.nama },
    });
    expect(input.penandatangan.atasNama).toBe(`Kepala Dinas Uji ${instansi.nama.replace(/^Pemerintah /, '')}`);
    const { pdf } = await renderNaskahPdf(input);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'naskah-record-')), 'n.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const t of ['Permohonan Data Aset TIK', 'Kepala Balai Uji', 'Jalan Balai No. 2', 'Segera', '1 (satu) berkas', 'a.n. KEPALA DINAS UJI', 'Sekretaris,', 'Siti Aminah, S.E.', 'Tembusan:', opd.nama.toUpperCase()]) {
      expect(text).toContain(t);
    }
  });
});
