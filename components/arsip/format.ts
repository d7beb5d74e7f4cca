import { formatHariKalender } from '@/lib/domain/tanggal';

// Dates of the archive pages as people read them ("9 Maret 2028"); retention days are calendar dates.
export function tanggalArsip(d: Date | null | undefined): string {
  return d ? formatHariKalender(d) : '-';
}

/** Until when a record's signature proof is current, as the record page says it. */
export function keteranganBukti(a: {
  buktiBerlakuSampai: Date | null;
  buktiDiperbaruiPada: Date | null;
  buktiGagalAlasan: string | null;
  buktiPeriksaLagiPada: Date | null;
  sumber: 'INTERNAL' | 'EKSTERNAL';
}): string {
  if (a.sumber === 'EKSTERNAL') return 'tidak berlaku (pindaian)';
  const sampai = a.buktiBerlakuSampai
    ? `${tanggalArsip(a.buktiBerlakuSampai)}${a.buktiDiperbaruiPada ? ` (diperbarui ${tanggalArsip(a.buktiDiperbaruiPada)})` : ''}`
    : 'belum diperiksa';
  return a.buktiGagalAlasan ? `${sampai}; pembaruan terakhir gagal (${a.buktiGagalAlasan}), dicoba lagi ${tanggalArsip(a.buktiPeriksaLagiPada)}` : sampai;
}
