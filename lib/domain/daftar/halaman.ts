/**
 * Rows per page of every paged worklist: Surat Masuk, Disposisi, Konsep, Perlu Verifikasi, Sudah
 * Ditandatangani, Terkirim and the archive's lists; the next rows are a "berikutnya" link away.
 * Twenty: a row is two or three lines, so a phone shows about six and a 1280x800 screen about as
 * many; at 30 (Surat Masuk) and 50 (the others) the rows were more than half of a list page's HTML
 * (24 KB of Surat Masuk's 42 KB), on every opening, on a pejabat's phone network.
 */
export const BARIS_PER_HALAMAN = 20;

/**
 * The first overdue ones the Disposisi page shows under its list; the rest are on their own page
 * (/disposisi/terlambat). Twenty there made a Kepala Dinas's Disposisi page two lists long on a
 * phone, and the 21st overdue one was nowhere.
 */
export const TERLAMBAT_RINGKAS = 5;
