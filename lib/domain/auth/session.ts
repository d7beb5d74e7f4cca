/** A session ends after this much inactivity (the cookie slides while the person works). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** ...and in any case this long after signing in: a stolen cookie cannot be kept alive forever. */
export const SESSION_ABSOLUTE_HOURS = 12;

/** Why a session ended (Sesi.alasanBerakhir). */
export type AlasanSesiBerakhir = 'KELUAR' | 'NONAKTIF' | 'SANDI_DIATUR_ULANG' | 'PERAN_BERUBAH' | 'PENUGASAN_BERUBAH';
