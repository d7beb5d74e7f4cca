// How the header attributes of a naskah are printed: Sifat, Lampiran.
import { DERAJAT_KECEPATAN_LABEL, KLASIFIKASI_KEAMANAN_LABEL } from './labels';

const SATUAN = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];

/** Indonesian number words for 0-999 ("tiga", "dua belas", "seratus dua puluh"), as in "2 (dua) berkas". */
export function terbilang(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) throw new RangeError(`terbilang: ${n}`);
  if (n === 0) return 'nol';
  if (n < 12) return SATUAN[n];
  if (n < 20) return `${SATUAN[n - 10]} belas`;
  if (n < 100) {
    const sisa = n % 10;
    return `${SATUAN[Math.floor(n / 10)]} puluh${sisa ? ` ${SATUAN[sisa]}` : ''}`;
  }
  const ratus = Math.floor(n / 100);
  const sisa = n % 100;
  return `${ratus === 1 ? 'seratus' : `${SATUAN[ratus]} ratus`}${sisa ? ` ${terbilang(sisa)}` : ''}`;
}

/** 0 -> "-"; 2 -> "2 (dua) berkas"; with a description: "1 (satu) eksemplar". */
export function formatLampiran(jumlah: number, satuan?: string | null): string {
  if (!jumlah || jumlah < 0) return '-';
  const kata = jumlah <= 999 ? ` (${terbilang(jumlah)})` : '';
  return `${jumlah}${kata} ${satuan?.trim() || 'berkas'}`;
}

export type KlasifikasiKeamananKode = keyof typeof KLASIFIKASI_KEAMANAN_LABEL;
export type DerajatKecepatanKode = keyof typeof DERAJAT_KECEPATAN_LABEL;

/**
 * The "Sifat" line: the security class and the urgency, leaving out what is ordinary.
 * BIASA+BIASA -> "Biasa"; RAHASIA+SEGERA -> "Rahasia, Segera"; BIASA+SANGAT_SEGERA -> "Sangat Segera".
 */
export function formatSifat(klasifikasi: KlasifikasiKeamananKode, kecepatan: DerajatKecepatanKode): string {
  const parts = [
    klasifikasi !== 'BIASA' ? KLASIFIKASI_KEAMANAN_LABEL[klasifikasi] : null,
    kecepatan !== 'BIASA' ? DERAJAT_KECEPATAN_LABEL[kecepatan] : null,
  ].filter((p): p is NonNullable<typeof p> => p !== null);
  return parts.length ? parts.join(', ') : 'Biasa';
}

/** Diktum labels of a Keputusan: 1 -> "KESATU", 2 -> "KEDUA", 12 -> "KEDUA BELAS". */
export function labelDiktum(n: number): string {
  if (n === 1) return 'KESATU';
  return `KE${terbilang(n)}`.toLocaleUpperCase('id-ID');
}
