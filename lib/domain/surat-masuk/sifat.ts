// Sifat as the sender printed it on the letter. It is separate from the security class
// (klasifikasi keamanan) and the urgency (derajat kecepatan), which the pencatat sets on their own.

/** Values printed most often, offered as suggestions; the field stays free text (senders vary). */
export const SIFAT_UMUM = ['Biasa', 'Penting', 'Segera', 'Sangat Segera', 'Rahasia', 'Terbatas'] as const;

export const SIFAT_MAX = 50;
