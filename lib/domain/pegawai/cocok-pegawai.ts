import { literalLike } from '@/lib/domain/input/like';
import { normalizeNip } from './nip';

/**
 * Which pegawai a typed "nama atau NIP" means, as a query filter: digits are the start of a NIP,
 * with or without the spaces it is printed with (19781103 200312 1 003, formatNip), anything else
 * a part of the name (case ignored, % and _ taken literally). The pegawai list and the kinerja page
 * find a person among thousands this one way.
 */
export function cocokNamaAtauNip(ketikan: string): { nip: { startsWith: string } } | { nama: { contains: string; mode: 'insensitive' } } {
  const q = ketikan.trim().slice(0, 100);
  const angka = normalizeNip(q);
  return /^\d+$/.test(angka) ? { nip: { startsWith: angka } } : { nama: { contains: literalLike(q), mode: 'insensitive' } };
}
