import { describeAuthDetails } from '@/lib/domain/auth/audit-events';
import { KLASIFIKASI_KEAMANAN_LABEL } from '@/lib/domain/naskah/labels';
import { AKSI_AUDIT, isAksiAudit } from './aksi-audit';

/** What an audit row is about, as looked up for the page: a name and, where one exists, a page. */
export interface ObjekAudit {
  label: string;
  tautan?: string;
}

export interface KalimatAudit {
  /** "Budi Santoso", "Sistem" or "Tidak dikenal". */
  pelaku: string;
  /** The verb phrase of the action ("menandatangani"); the raw code for an action not in the list. */
  tindakan: string;
  objek: ObjekAudit | null;
  /** One more clause from the details: a reason, a nomor, a note. */
  keterangan: string | null;
}

function text(value: unknown, max = 160): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  const clean = value.trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

function field(details: unknown, key: string): unknown {
  return details && typeof details === 'object' && !Array.isArray(details) ? (details as Record<string, unknown>)[key] : undefined;
}

/** The extra clause an action's details carry, in the user's words (never ids, never secrets). */
function keteranganOf(action: string, before: unknown, after: unknown): string | null {
  if (action.startsWith('auth.')) return describeAuthDetails(after);
  switch (action) {
    case 'naskah.sign': {
      const nomor = text(field(after, 'nomor'));
      return nomor ? `dengan nomor ${nomor}` : null;
    }
    case 'naskah.signFail': {
      const alasan = text(field(after, 'alasan'));
      return alasan ? `alasan: ${alasan}` : null;
    }
    case 'naskah.return': {
      const catatan = text(field(after, 'catatan'));
      return catatan ? `catatan: “${catatan}”` : null;
    }
    case 'naskah.cancel': {
      const alasan = text(field(after, 'alasan'));
      return alasan ? `alasan: “${alasan}”` : null;
    }
    case 'lampiran.upload': {
      const nama = text(field(after, 'namaFile'), 80);
      return nama ? `berkas ${nama}` : null;
    }
    case 'jabatan.rename':
    case 'unitKerja.rename':
    case 'klasifikasi.rename': {
      const dari = text(field(before, 'nama'), 80);
      const ke = text(field(after, 'nama'), 80);
      return dari && ke ? `dari “${dari}” menjadi “${ke}”` : null;
    }
    case 'instruksi.add': {
      const teks = text(field(after, 'teks'), 80);
      return teks ? `“${teks}”` : null;
    }
    case 'instruksi.setActive':
    case 'klasifikasi.setActive':
      return field(after, 'aktif') === true ? 'menjadi aktif' : field(after, 'aktif') === false ? 'menjadi nonaktif' : null;
    case 'klasifikasi.import': {
      const jumlah = field(after, 'jumlah');
      return typeof jumlah === 'number' ? `${jumlah.toLocaleString('id-ID')} entri` : null;
    }
    default:
      return null;
  }
}

/** One audit row as an Indonesian sentence: who did what to which thing, and one detail. */
export function describeAudit(row: { action: string; before: unknown; after: unknown }, pelaku: string, objek: ObjekAudit | null): KalimatAudit {
  return {
    pelaku,
    tindakan: isAksiAudit(row.action) ? AKSI_AUDIT[row.action] : row.action,
    objek,
    keterangan: keteranganOf(row.action, row.before, row.after),
  };
}

/**
 * How the audit log names a letter: its kind, its number and, only when its class is Biasa, its hal
 * (the log must not tell an admin the subject of a letter they may not open), with its page.
 */
export function objekNaskah(n: { id: string; sumber: 'EKSTERNAL' | 'INTERNAL'; nomor: string | null; perihal: string; klasifikasiKeamanan: keyof typeof KLASIFIKASI_KEAMANAN_LABEL }): ObjekAudit {
  const jenis = n.sumber === 'EKSTERNAL' ? 'surat masuk' : n.nomor ? 'naskah' : 'konsep';
  const hal = n.klasifikasiKeamanan === 'BIASA' ? `“${n.perihal}”` : `(${KLASIFIKASI_KEAMANAN_LABEL[n.klasifikasiKeamanan]})`;
  return { label: [jenis, n.nomor, hal].filter(Boolean).join(' '), tautan: n.sumber === 'EKSTERNAL' ? `/surat-masuk/${n.id}` : `/konsep/${n.id}` };
}
