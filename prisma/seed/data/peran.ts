import type { Role } from '@/lib/generated/prisma/client';

// Roles go to the definitif holder of a post (OPD kode / jabatan kode). ADMIN_INSTANSI is
// instance-wide (opdId null); the others are scoped to the post's OPD.
export const PERAN: readonly { role: Role; opd: string; jabatan: string }[] = [
  { role: 'ADMIN_INSTANSI', opd: 'SETDA', jabatan: 'PRAKOM-ORG' },
  { role: 'ADMIN_OPD', opd: 'DISKOMINFO', jabatan: 'ADMIN-SISTEM' },
  // One pencatat per OPD: a staf of the Subbagian Umum (Biro Umum in Setda).
  { role: 'PENCATAT', opd: 'SETDA', jabatan: 'PENGADM-UMUM' },
  { role: 'PENCATAT', opd: 'DISKOMINFO', jabatan: 'PENGADM-UMPEG' },
  { role: 'PENCATAT', opd: 'BAPPEDA', jabatan: 'PENGADM-UMPEG' },
  { role: 'PENCATAT', opd: 'DINKES', jabatan: 'PENGADM-UMPEG' },
  { role: 'PENCATAT', opd: 'DISDIK', jabatan: 'PENGADM-UMPEG' },
];
