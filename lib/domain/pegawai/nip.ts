// NIP PNS (18 digits): yyyymmdd birth date, yyyymm TMT (start of service), 1 gender digit
// (1 = laki-laki, 2 = perempuan) and a 3-digit sequence. NIK (16 digits) names the
// signing certificate at BSrE.

/** A typed NIP's longest form: 18 digits with the three spaces it is printed with (formatNip). */
export const NIP_INPUT_MAX_LENGTH = 21;

/**
 * A NIP as typed or pasted (form field, CSV cell, sign-in) to the 18 digits that are stored: the
 * spaces it is printed with go (an admin copies "19990101 202301 1 001" from a letter or the
 * pegawai page), full-width digits from a phone keyboard become ASCII. The one rule for it.
 */
export function normalizeNip(typed: string): string {
  return typed.normalize('NFKC').replace(/\s+/g, '');
}

export type NipCheck = { ok: true } | { ok: false; message: string };

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function checkNip(nip: string): NipCheck {
  if (!/^\d{18}$/.test(nip)) return { ok: false, message: 'NIP harus terdiri dari 18 angka.' };
  const birthYear = Number(nip.slice(0, 4));
  const birthMonth = Number(nip.slice(4, 6));
  const birthDay = Number(nip.slice(6, 8));
  if (birthYear < 1940 || !isRealDate(birthYear, birthMonth, birthDay)) {
    return { ok: false, message: 'NIP tidak valid: 8 angka pertama harus tanggal lahir (yyyymmdd).' };
  }
  const tmtYear = Number(nip.slice(8, 12));
  const tmtMonth = Number(nip.slice(12, 14));
  if (tmtMonth < 1 || tmtMonth > 12 || tmtYear < birthYear + 17) {
    return { ok: false, message: 'NIP tidak valid: angka ke-9 s.d. 14 harus TMT (yyyymm) setelah usia 17 tahun.' };
  }
  const gender = nip[14];
  if (gender !== '1' && gender !== '2') {
    return { ok: false, message: 'NIP tidak valid: angka ke-15 (jenis kelamin) harus 1 atau 2.' };
  }
  if (nip.slice(15) === '000') return { ok: false, message: 'NIP tidak valid: nomor urut tidak boleh 000.' };
  return { ok: true };
}

export function isValidNip(nip: string): boolean {
  return checkNip(nip).ok;
}

export function isValidNik(nik: string): boolean {
  // Digits 1-6 are the region code (never starting with 0), then ddmmyy (+40 on the day for women).
  return /^[1-9]\d{15}$/.test(nik);
}

/** "199003152015031002" -> "19900315 201503 1 002", the way NIP is printed under a signature. */
export function formatNip(nip: string): string {
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}
