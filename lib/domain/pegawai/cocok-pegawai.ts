import { literalLike } from '@/lib/domain/input/like';

/**
 * Which pegawai a typed "nama atau NIP" means, as a query filter: digits are the start of a NIP,
 * anything else a part of the name (case ignored, % and _ taken literally). The pegawai list and the
 * kinerja page find a person among thousands this one way.
 */
export function cocokNamaAtauNip(ketikan: string): { nip: { startsWith: string } } | { nama: { contains: string; mode: 'insensitive' } } {
  const q = ketikan.trim().slice(0, 100);
  return /^\d+$/.test(q) ? { nip: { startsWith: q } } : { nama: { contains: literalLike(q), mode: 'insensitive' } };
}
