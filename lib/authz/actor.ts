// The signed-in person as every service sees them: loaded from the database on each request
// (lib/services/auth/load-actor.ts), never trusted from the cookie alone.
import type { JenisPenugasan } from '@/lib/domain/jabatan/acting';

export type RoleName = 'ADMIN_INSTANSI' | 'ADMIN_OPD' | 'PENCATAT';

export interface RoleGrantRef {
  role: RoleName;
  /** null for ADMIN_INSTANSI. */
  opdId: string | null;
}

/** A post the person may act as today. */
export interface ActorPost {
  jabatanId: string;
  opdId: string;
  opdNama: string;
  nama: string;
  namaSingkat: string;
  jenisJabatan: 'STRUKTURAL' | 'FUNGSIONAL' | 'PELAKSANA';
  level: number;
  isPimpinanOpd: boolean;
  parentId: string | null;
  /** The sekretaris who may route incoming letters on the pimpinan's behalf. */
  dapatMewakiliAtasan: boolean;
  penugasan: JenisPenugasan;
}

export interface Actor {
  pegawaiId: string;
  instansiId: string;
  /** Home OPD of the person. */
  opdId: string;
  nama: string;
  nip: string;
  roles: RoleGrantRef[];
  posts: ActorPost[];
  /** The post chosen in the switcher (or the first effective one); null when the person holds none today. */
  activePost: ActorPost | null;
  request?: { ip?: string | null; userAgent?: string | null };
}
