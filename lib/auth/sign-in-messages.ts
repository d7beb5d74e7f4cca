/** Indonesian message for the refusal code the Credentials provider gives back. */
export function signInRefusalMessage(code: string | undefined): string {
  if (code?.startsWith('locked:')) {
    const minutes = code.slice('locked:'.length);
    return `Akun terkunci sementara karena terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${minutes} menit atau hubungi admin.`;
  }
  if (code === 'inactive') return 'Akun Anda tidak aktif. Hubungi admin OPD Anda.';
  return 'NIP/e-mail atau kata sandi salah.';
}
