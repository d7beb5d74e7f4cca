/** The same answer for a naskah that does not exist and one the actor may not see, so ids cannot be probed. */
export const NASKAH_TIDAK_DITEMUKAN = 'Naskah tidak ditemukan atau Anda tidak berwenang membukanya.';
