// Stored as passwordHash of a pegawai who has no password yet (created by hand or imported): it
// is not an argon2 hash, so no password ever verifies against it until an admin issues one.
export const NO_PASSWORD_HASH = '!belum-ada-kata-sandi';
