// A NIK is personal data (UU PDP): the public verification page shows enough to recognise the
// signer's certificate, not the whole number.

/** "3201010101900001" -> "3201********0001"; anything not a 16-digit NIK is returned as it is. */
export function maskNik(nik: string | null): string | null {
  if (!nik || !/^\d{16}$/.test(nik)) return nik;
  return `${nik.slice(0, 4)}${'*'.repeat(8)}${nik.slice(12)}`;
}
