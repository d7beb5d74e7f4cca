// Who may read which reports. Reports (figures and their lists) are for the pimpinan of an OPD
// (the Kepala, and the Sekretaris who routes for them) and for admins; kinerja evidence is for
// everyone about themselves, for an atasan about the posts below theirs, for admins about their OPDs.
import type { Actor } from '@/lib/authz/actor';
import { opdIdsWithRole } from '@/lib/authz/policy';

/** OPDs whose reports the actor may read: 'ALL' for the admin instansi, [] for nobody. */
export function laporanOpdIds(actor: Actor): 'ALL' | string[] {
  const admin = opdIdsWithRole(actor, 'admin.view');
  if (admin === 'ALL') return 'ALL';
  const ids = new Set(admin);
  const post = actor.activePost;
  if (post && (post.isPimpinanOpd || (post.dapatMewakiliAtasan && post.level <= 2))) ids.add(post.opdId);
  return [...ids];
}

export function mayReadLaporan(actor: Actor): boolean {
  const ids = laporanOpdIds(actor);
  return ids === 'ALL' || ids.length > 0;
}

export type KinerjaCakupan =
  /** Admin: every pegawai whose home OPD is one of these ('ALL': the whole pemda). */
  | { jenis: 'opd'; opdIds: 'ALL' | string[] }
  /** Atasan: the pegawai holding posts below this one in the jabatan tree, and themselves. */
  | { jenis: 'bawahan'; jabatanId: string }
  | { jenis: 'diri' };

export function kinerjaCakupan(actor: Actor): KinerjaCakupan {
  const admin = opdIdsWithRole(actor, 'admin.view');
  if (admin === 'ALL' || admin.length > 0) return { jenis: 'opd', opdIds: admin };
  const post = actor.activePost;
  if (post && post.jenisJabatan === 'STRUKTURAL') return { jenis: 'bawahan', jabatanId: post.jabatanId };
  return { jenis: 'diri' };
}

/** The menu shows "Laporan" to those who read reports or their unit's kinerja; anyone may still
 * open /laporan/kinerja for their own. */
export function mayOpenLaporanMenu(actor: Actor): boolean {
  return mayReadLaporan(actor) || kinerjaCakupan(actor).jenis !== 'diri';
}
