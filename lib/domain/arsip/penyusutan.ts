// Penyusutan arsip: which due records each kind takes, its states, and the texts of its lists and
// berita acara (Peraturan ANRI on pemindahan, pemusnahan and penyerahan arsip).
import type { TahapRetensi } from './retensi';

export type JenisPenyusutan = 'PEMINDAHAN' | 'PEMUSNAHAN' | 'PENYERAHAN';
export type StatusPenyusutan = 'DIUSULKAN' | 'DISETUJUI' | 'DILAKSANAKAN' | 'DIBATALKAN';

/** The stages of retention a list of each kind may hold; records "dinilai kembali" are appraised into either end. */
export const TAHAP_PENYUSUTAN: Record<JenisPenyusutan, readonly TahapRetensi[]> = {
  PEMINDAHAN: ['PINDAH'],
  PEMUSNAHAN: ['USUL_MUSNAH', 'NILAI_KEMBALI'],
  PENYERAHAN: ['SERAH', 'NILAI_KEMBALI'],
};

export const JENIS_PENYUSUTAN_LABEL: Record<JenisPenyusutan, { daftar: string; beritaAcara: string; kegiatan: string; klasifikasi: string }> = {
  PEMINDAHAN: { daftar: 'Daftar Arsip Inaktif yang Dipindahkan', beritaAcara: 'Pemindahan Arsip Inaktif', kegiatan: 'pemindahan arsip inaktif', klasifikasi: '000.5.6.1' },
  PEMUSNAHAN: { daftar: 'Daftar Arsip Usul Musnah', beritaAcara: 'Pemusnahan Arsip', kegiatan: 'pemusnahan arsip', klasifikasi: '000.5.6.2' },
  PENYERAHAN: { daftar: 'Daftar Arsip Statis', beritaAcara: 'Penyerahan Arsip Statis', kegiatan: 'penyerahan arsip statis', klasifikasi: '000.5.6.3' },
};

export const STATUS_PENYUSUTAN_LABEL: Record<StatusPenyusutan, string> = {
  DIUSULKAN: 'Diusulkan (berita acara dalam paraf/tanda tangan)',
  DISETUJUI: 'Disetujui (berita acara ditandatangani)',
  DILAKSANAKAN: 'Dilaksanakan',
  DIBATALKAN: 'Dibatalkan',
};

type Event = 'setujui' | 'laksanakan' | 'batalkan';
const TRANSITIONS: Record<StatusPenyusutan, Partial<Record<Event, StatusPenyusutan>>> = {
  DIUSULKAN: { setujui: 'DISETUJUI', batalkan: 'DIBATALKAN' },
  DISETUJUI: { laksanakan: 'DILAKSANAKAN' },
  DILAKSANAKAN: {},
  DIBATALKAN: {},
};

const REFUSAL: Record<Event, string> = {
  setujui: 'Daftar ini tidak lagi menunggu persetujuan.',
  laksanakan: 'Penyusutan hanya dapat dilaksanakan setelah berita acaranya ditandatangani, dan hanya sekali.',
  batalkan: 'Daftar yang berita acaranya sudah ditandatangani tidak dapat dibatalkan.',
};

/** The next state, or the Indonesian reason the event is refused. */
export function nextPenyusutan(status: StatusPenyusutan, event: Event): { ok: true; status: StatusPenyusutan } | { ok: false; message: string } {
  const next = TRANSITIONS[status][event];
  return next ? { ok: true, status: next } : { ok: false, message: REFUSAL[event] };
}

export interface BarisDaftar {
  kode: string;
  uraian: string;
  /** Year or range of years of the record ("2026"). */
  kurunWaktu: string;
  nomor: string | null;
  keterangan: string;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Rows of a daftar as the table every list of the regulation uses. */
export function daftarTableHtml(rows: readonly BarisDaftar[]): string {
  const head = '<tr><th>No.</th><th>Kode Klasifikasi</th><th>Uraian Informasi Arsip</th><th>Kurun Waktu</th><th>Tingkat Perkembangan</th><th>Jumlah</th><th>Keterangan</th></tr>';
  const body = rows
    .map((r, i) => `<tr><td>${i + 1}</td><td>${escape(r.kode)}</td><td>${escape(r.uraian)}${r.nomor ? `<br>Nomor ${escape(r.nomor)}` : ''}</td><td>${escape(r.kurunWaktu)}</td><td>Asli (elektronik)</td><td>1 berkas</td><td>${escape(r.keterangan)}</td></tr>`)
    .join('');
  return `<table><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

export interface IsiBeritaAcara {
  jenis: JenisPenyusutan;
  opdNama: string;
  /** "Senin, 30 November 2026" */
  hariTanggal: string;
  jumlah: number;
  jumlahTerbilang: string;
  kurunWaktu: string;
  /** The receiving party of a pemindahan / penyerahan. */
  penerima: string;
  rows: readonly BarisDaftar[];
}

/** The body of the berita acara, prefilled: the regulation's paragraphs around its daftar, so the signature covers the list. */
export function beritaAcaraIsiHtml(b: IsiBeritaAcara): string {
  const label = JENIS_PENYUSUTAN_LABEL[b.jenis];
  const jumlah = `${b.jumlah} (${b.jumlahTerbilang}) berkas`;
  const pembuka = `<p>Pada hari ini ${escape(b.hariTanggal)}, kami yang bertanda tangan di bawah ini, atas nama ${escape(b.opdNama)}, telah melaksanakan ${label.kegiatan} sebanyak ${jumlah} dengan kurun waktu ${escape(b.kurunWaktu)}, sebagaimana tercantum dalam ${label.daftar} berikut, yang menjadi bagian tidak terpisahkan dari berita acara ini.</p>`;
  const dasar: Record<JenisPenyusutan, string> = {
    PEMINDAHAN: `<p>Arsip tersebut telah melewati masa retensi aktif menurut Jadwal Retensi Arsip dan dipindahkan dari unit pengolah kepada ${escape(b.penerima)} dalam keadaan lengkap, terdaftar, dan tersimpan secara elektronik beserta metadata dan jejak auditnya.</p>`,
    PEMUSNAHAN: '<p>Pemusnahan dilaksanakan berdasarkan Jadwal Retensi Arsip yang berlaku, setelah arsip dinilai tidak memiliki nilai guna lagi, telah habis retensinya dan berketerangan musnah, tidak ada peraturan perundang-undangan yang melarang, serta tidak berkaitan dengan penyelesaian proses suatu perkara. Pemusnahan arsip elektronik dilakukan dengan menghapus berkasnya dari media penyimpanan secara total sehingga tidak dapat dikenali lagi; metadata dan berita acara ini tetap disimpan.</p>',
    PENYERAHAN: `<p>Arsip tersebut berketerangan permanen menurut Jadwal Retensi Arsip dan diserahkan kepada ${escape(b.penerima)} dalam bentuk paket arsip elektronik (BagIt) berisi berkas naskah bertanda tangan elektronik, deskripsi arsip, riwayat disposisi, jejak audit, dan laporan validasi tanda tangan elektronik pada saat penyerahan.</p>`,
  };
  const penutup = '<p>Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.</p>';
  return `${pembuka}<p><strong>${label.daftar.toUpperCase()}</strong></p>${daftarTableHtml(b.rows)}${dasar[b.jenis]}${penutup}`;
}
