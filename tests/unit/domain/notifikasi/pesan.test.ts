import { describe, expect, it } from 'vitest';
import { DAFTAR_JENIS } from '@/lib/domain/notifikasi/jenis';
import { normalizeNomorWhatsapp } from '@/lib/domain/notifikasi/nomor-whatsapp';
import { susunPesan, type PesanInput } from '@/lib/domain/notifikasi/pesan';
import { isiPermintaan } from '@/lib/services/notifikasi/kanal/whatsapp';

const PERIHAL = 'Hasil audit investigasi dana hibah';
const surat = (klasifikasiKeamanan: string) => ({ id: '0190a1b2-0000-7000-8000-000000000001', perihal: PERIHAL, nomor: '700/12/ITPROV', klasifikasiKeamanan });

function everyMessage(klasifikasi: string): PesanInput[] {
  const s = surat(klasifikasi);
  return [
    { jenis: 'DISPOSISI_DITERIMA', surat: s, dari: 'Kepala Dinas', batasWaktu: null },
    { jenis: 'TINDAK_LANJUT_DILAPORKAN', surat: s, oleh: 'Kabid', selesai: false },
    { jenis: 'TENGGAT_BESOK', surat: s, batasWaktu: '1 Desember 2026', penerima: 'Kabid', untukPemberi: false },
    { jenis: 'TENGGAT_LEWAT', surat: s, batasWaktu: '1 Desember 2026', penerima: 'Kabid', untukPemberi: true },
    { jenis: 'SURAT_DITERIMA', surat: s, tembusan: true },
    { jenis: 'SURAT_DITERIMA', surat: s, tembusan: false, pengirim: 'Inspektorat Provinsi Uji' },
    { jenis: 'KONSEP_DIKEMBALIKAN', surat: s, oleh: 'Kabid' },
    { jenis: 'PARAF_DITUNGGU', surat: s },
    { jenis: 'TANDA_TANGAN_DITUNGGU', surat: s },
    { jenis: 'NASKAH_DITANDATANGANI', surat: s },
    { jenis: 'TANDA_TANGAN_GAGAL', surat: s, alasan: 'Layanan tidak dapat dihubungi.' },
  ];
}

describe('susunPesan', () => {
  it.each(['RAHASIA', 'SANGAT_RAHASIA'])('never writes the perihal or nomor of a %s letter, and names its class', (k) => {
    for (const input of everyMessage(k)) {
      const p = susunPesan(input, 'Plt. Kepala Bidang');
      expect(`${p.judul} ${p.pesan} ${p.tautan}`).not.toMatch(/audit investigasi|700\/12|Inspektorat Provinsi/);
      expect(`${p.judul} ${p.pesan}`).toContain(k === 'RAHASIA' ? 'surat RAHASIA' : 'surat SANGAT RAHASIA');
      expect(p.tautan).toMatch(/^\/[a-z-]+\/0190a1b2/);
    }
  });
  it('names an ordinary letter by its perihal and says in which post a Plt. acts', () => {
    const p = susunPesan({ jenis: 'DISPOSISI_DITERIMA', surat: surat('BIASA'), dari: 'Kepala Dinas', batasWaktu: '3 Desember 2026' }, 'Plt. Kepala Bidang IPW');
    expect(p).toEqual({
      jenis: 'DISPOSISI_DITERIMA',
      judul: 'Disposisi baru',
      pesan: `Kepala Dinas mendisposisikan "${PERIHAL}" kepada Anda, batas waktu 3 Desember 2026. (sebagai Plt. Kepala Bidang IPW)`,
      tautan: '/surat-masuk/0190a1b2-0000-7000-8000-000000000001',
    });
  });
  it('names the sender and nomor of an ordinary letter the TU clerk registered', () => {
    const p = susunPesan({ jenis: 'SURAT_DITERIMA', surat: surat('BIASA'), tembusan: false, pengirim: 'Inspektorat Provinsi Uji' });
    expect(p.pesan).toBe(`Surat "${PERIHAL}" dari Inspektorat Provinsi Uji nomor 700/12/ITPROV masuk ke kotak surat Anda.`);
  });
  it('covers every kind the settings page offers', () => {
    const kinds = new Set([...everyMessage('BIASA').map((m) => susunPesan(m).jenis), 'PENUGASAN_PELAKSANA', 'SERTIFIKAT_AKAN_KEDALUWARSA', 'TENGGAT_LEWAT', 'TENGGAT_BESOK']);
    expect([...kinds].sort()).toEqual([...DAFTAR_JENIS].sort());
  });
});

describe('normalizeNomorWhatsapp', () => {
  it.each([
    ['0812-3456-7890', '6281234567890'],
    ['+62 812 3456 7890', '6281234567890'],
    ['(0812) 3456 7890', '6281234567890'],
    ['6281234567', '6281234567'],
    ['021 555 1234', null], // a landline has no WhatsApp
    ['0812abc', null],
    ['08', null],
  ])('%s -> %s', (input, expected) => expect(normalizeNomorWhatsapp(input)).toBe(expected));
});

describe('WhatsApp request body', () => {
  it('escapes message text into the JSON template (quotes, newlines, a template-looking value)', () => {
    const body = isiPermintaan('{"phone":"{{nomor}}","text":"{{pesan}}","meta":{"who":"{{nama}}"}}', '6281234567890', {
      id: 'x',
      namaPenerima: 'Drs. "Budi" {{nomor}}',
      judul: 'Disposisi baru',
      pesan: 'Baris satu\nBaris "dua" \\ tiga',
      tautan: 'http://localhost:3000/surat-masuk/1',
      jalur: '/surat-masuk/1',
    });
    const parsed = JSON.parse(body);
    expect(parsed.phone).toBe('6281234567890');
    expect(parsed.text).toBe('*Disposisi baru*\nBaris satu\nBaris "dua" \\ tiga\nhttp://localhost:3000/surat-masuk/1');
    expect(parsed.meta.who).toBe('Drs. "Budi" {{nomor}}');
  });
});
