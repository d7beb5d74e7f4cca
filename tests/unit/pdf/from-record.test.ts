import { describe, expect, it } from 'vitest';
import { NAMA_PENANDATANGAN_BELUM_ADA, toNaskahPdfInput, type NaskahPdfRecord } from '@/lib/pdf/naskah/from-record';
import { renderNaskahPdf } from '@/lib/pdf/naskah/render';
import { NaskahPdfError } from '@/lib/pdf/naskah/types';

const jab = (id: string, nama: string, namaSingkat: string, isPimpinanOpd = false) => ({ id, nama, namaSingkat, isPimpinanOpd });
const KADIS = jab('j-kadis', 'Kepala Dinas Komunikasi dan Informatika', 'Kadis', true);
const SEKDIS = jab('j-sekdis', 'Sekretaris', 'Sekdis');
const KASUBBAG = jab('j-kasubbag', 'Kepala Subbagian Umum dan Kepegawaian', 'Kasubbag Umum');
const KOMINFO = { opdId: 'opd-kominfo', opd: { nama: 'Dinas Komunikasi dan Informatika' } };
const BAPPEDA = { opdId: 'opd-bappeda', opd: { nama: 'Badan Perencanaan Pembangunan Daerah' } };

function record(overrides: Partial<NaskahPdfRecord> = {}): NaskahPdfRecord {
  return {
    id: 'n1',
    opdId: 'opd-kominfo',
    jenis: 'SURAT_DINAS',
    nomor: null,
    tanggalNaskah: null,
    perihal: 'Undangan Sosialisasi',
    lampiranJumlah: 2,
    lampiranKeterangan: null,
    klasifikasiKeamanan: 'BIASA',
    derajatKecepatan: 'SEGERA',
    caraTandaTangan: 'AN',
    konten: { isi: '<p>Dengan hormat.</p>' },
    kodeVerifikasi: null,
    opd: {
      nama: 'Dinas Komunikasi dan Informatika',
      alamat: 'Jalan Udayana Nomor 9',
      kota: 'Kota Mandala',
      kodePos: '80114',
      telepon: null,
      email: null,
      website: null,
      logoKey: null,
      ukuranKertas: 'F4',
      instansi: { nama: 'Pemerintah Provinsi Nusa Indah' },
    },
    penerima: [
      { jenis: 'TUJUAN', urutan: 0, namaEksternal: 'Rektor Universitas Nusa Indah', alamatEksternal: 'Jalan Kampus No. 1, Kota Mandala', jabatan: null },
      { jenis: 'TUJUAN', urutan: 1, namaEksternal: null, alamatEksternal: null, jabatan: { ...KADIS, ...KOMINFO } },
      { jenis: 'TEMBUSAN', urutan: 0, namaEksternal: null, alamatEksternal: null, jabatan: { ...SEKDIS, ...KOMINFO } },
    ],
    penandatanganJabatan: { ...SEKDIS, parent: KADIS },
    atasNamaJabatan: KADIS,
    verifikasi: [
      { putaran: 2, urutan: 1, status: 'DISETUJUI', pegawaiId: 'p-kasubbag', actedAt: new Date('2026-12-04T02:00:00Z'), jabatan: KASUBBAG },
      { putaran: 2, urutan: 2, status: 'MENUNGGU', pegawaiId: null, actedAt: null, jabatan: SEKDIS },
      { putaran: 1, urutan: 1, status: 'DIKEMBALIKAN', pegawaiId: 'p-kasubbag', actedAt: new Date('2026-12-01T02:00:00Z'), jabatan: KASUBBAG },
    ],
    ...overrides,
  } as NaskahPdfRecord;
}

describe('toNaskahPdfInput', () => {
  it('maps the kop, attributes, addressees and the a.n. signer', () => {
    const input = toNaskahPdfInput(record(), {
      mode: 'DRAFT',
      signer: { nama: 'Ni Luh Putu Ariani', gelarBelakang: 'S.E., M.Si.', nip: '197805202003122002', golongan: 'IV/b' },
      pemaraf: { 'p-kasubbag': 'Gede Pranata, S.H.' },
    });
    expect(input.kop).toMatchObject({ instansi: 'Pemerintah Provinsi Nusa Indah', opd: 'Dinas Komunikasi dan Informatika', ukuranKertas: 'F4' });
    expect(input.sifat).toBe('Segera');
    expect(input.lampiran).toBe('2 (dua) berkas');
    expect(input.tempat).toBe('Kota Mandala');
    expect(input.tujuan).toEqual([
      { nama: 'Rektor Universitas Nusa Indah', alamat: 'Jalan Kampus No. 1, Kota Mandala' },
      { nama: 'Kepala Dinas Komunikasi dan Informatika Provinsi Nusa Indah' },
    ]);
    expect(input.tembusan).toEqual([{ nama: 'Sekretaris' }]);
    expect(input.penandatangan).toEqual({
      cara: 'AN',
      jabatan: 'Sekretaris',
      atasNama: 'Kepala Dinas Komunikasi dan Informatika Provinsi Nusa Indah',
      perantara: null,
      nama: 'Ni Luh Putu Ariani, S.E., M.Si.',
      pangkat: 'Pembina Tingkat I (IV/b)',
      nip: '197805202003122002',
    });
    // Only approvals of the latest round count as paraf.
    expect(input.paraf).toEqual([{ jabatan: 'Kasubbag Umum', nama: 'Gede Pranata, S.H.', waktu: new Date('2026-12-04T02:00:00Z') }]);
  });

  it('an internal recipient of another OPD is printed with its OPD; the own OPD and a pimpinan are not repeated', () => {
    const input = toNaskahPdfInput(
      record({
        penerima: [
          { jenis: 'TUJUAN', urutan: 0, namaEksternal: null, alamatEksternal: null, jabatan: { ...jab('j-sekban', 'Sekretaris', 'Sekban'), ...BAPPEDA } },
          { jenis: 'TUJUAN', urutan: 1, namaEksternal: null, alamatEksternal: null, jabatan: { ...jab('j-kaban', 'Kepala Badan Perencanaan Pembangunan Daerah', 'Kaban', true), ...BAPPEDA } },
          { jenis: 'TEMBUSAN', urutan: 0, namaEksternal: null, alamatEksternal: null, jabatan: { ...SEKDIS, ...KOMINFO } },
        ],
      } as Partial<NaskahPdfRecord>),
      { mode: 'DRAFT' },
    );
    expect(input.tujuan).toEqual([{ nama: 'Sekretaris Badan Perencanaan Pembangunan Daerah' }, { nama: 'Kepala Badan Perencanaan Pembangunan Daerah Provinsi Nusa Indah' }]);
    expect(input.tembusan).toEqual([{ nama: 'Sekretaris' }]);
  });

  it('u.b.: the signer signs under the post between them and the pimpinan', () => {
    const input = toNaskahPdfInput(
      record({ caraTandaTangan: 'UB', penandatanganJabatan: { ...KASUBBAG, parent: SEKDIS } as never, atasNamaJabatan: KADIS }),
      { mode: 'DRAFT' },
    );
    expect(input.penandatangan).toMatchObject({ cara: 'UB', jabatan: KASUBBAG.nama, perantara: 'Sekretaris', nama: NAMA_PENANDATANGAN_BELUM_ADA });
  });

  it('FINAL takes nomor, tanggal and the verification link from the options', async () => {
    const input = toNaskahPdfInput(record({ caraTandaTangan: 'PLT', penandatanganJabatan: { ...KADIS, parent: null } as never, atasNamaJabatan: null }), {
      mode: 'FINAL',
      nomor: '000.1/0001/DISKOMINFO/2026',
      tanggal: '2026-12-07',
      verifikasiUrl: 'https://eoffice.example/verifikasi/abc',
      signer: { nama: 'Wayan Sudirta', gelarDepan: 'Ir.', nip: '197011041996031003', golongan: 'IV/c' },
    });
    expect(input.penandatangan).toMatchObject({ cara: 'PLT', jabatan: 'Kepala Dinas Komunikasi dan Informatika Provinsi Nusa Indah', nama: 'Ir. Wayan Sudirta' });
    const { pdf, pageCount } = await renderNaskahPdf(input);
    expect(pageCount).toBe(1);
    expect(pdf.length).toBeGreaterThan(1000);
  });

  it('refuses a jenis the renderer does not lay out and a naskah without a signer post', () => {
    expect(() => toNaskahPdfInput(record({ jenis: 'PERATURAN' }), { mode: 'DRAFT' })).toThrow(NaskahPdfError);
    expect(() => toNaskahPdfInput(record({ jenis: null }), { mode: 'DRAFT' })).toThrow(NaskahPdfError);
    expect(() => toNaskahPdfInput(record({ penandatanganJabatan: null }), { mode: 'DRAFT' })).toThrow('Penandatangan');
  });
});
