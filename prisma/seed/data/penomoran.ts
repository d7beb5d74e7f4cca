import type { JenisNaskah } from '@/lib/generated/prisma/client';

// Per-OPD numbering templates (domain.md "Numbering"): the Permendagri 83/2022 pattern as the
// default for every jenis, and the "NOMOR 23 TAHUN 2026" form for keputusan.
export const TEMPLATE_PENOMORAN: readonly { jenis: JenisNaskah | null; template: string; panjangNomor: number }[] = [
  { jenis: null, template: '{klasifikasi}/{nomor}/{unit}/{tahun}', panjangNomor: 4 },
  { jenis: 'KEPUTUSAN', template: '{nomor} TAHUN {tahun}', panjangNomor: 1 },
];
