// The one table that says who may do what. Role permissions come from granted roles; post
// permissions come from the post the actor is acting as. Everything else (which OPD, which letter)
// is decided by lib/authz/policy.ts and the query scopes in lib/authz/scope.ts.
import type { RoleName } from './actor';

export const ROLE_PERMISSIONS = {
  'admin.view': ['ADMIN_INSTANSI', 'ADMIN_OPD'],
  'instansi.manage': ['ADMIN_INSTANSI'],
  'opd.create': ['ADMIN_INSTANSI'],
  'opd.manage': ['ADMIN_INSTANSI', 'ADMIN_OPD'],
  'pegawai.manage': ['ADMIN_INSTANSI', 'ADMIN_OPD'],
  'role.grant': ['ADMIN_INSTANSI', 'ADMIN_OPD'],
  'role.grant.adminInstansi': ['ADMIN_INSTANSI'],
  'masterData.manage': ['ADMIN_INSTANSI'],
  'audit.view': ['ADMIN_INSTANSI', 'ADMIN_OPD'],
  'suratMasuk.register': ['PENCATAT'],
  /** Penyusutan (pemindahan, pemusnahan, penyerahan) and the transfer package, for the OPD's records. */
  'arsip.penyusutan': ['ADMIN_INSTANSI', 'ADMIN_OPD'],
} as const satisfies Record<string, readonly RoleName[]>;

export type RolePermission = keyof typeof ROLE_PERMISSIONS;

/** Permissions that come with acting in a post (any post, or a structural one). */
export const POST_PERMISSIONS = {
  'suratMasuk.read': 'ANY_POST',
  'disposisi.give': 'ANY_POST',
  'disposisi.receive': 'ANY_POST',
  'naskah.draft': 'ANY_POST',
  'naskah.verify': 'STRUCTURAL_POST',
  'naskah.sign': 'STRUCTURAL_POST',
  'arsip.read': 'ANY_POST',
} as const;

export type PostPermission = keyof typeof POST_PERMISSIONS;
export type Permission = RolePermission | PostPermission;

export function isRolePermission(p: Permission): p is RolePermission {
  return p in ROLE_PERMISSIONS;
}
