// can(actor, permission, resource): the single decision point. Services call it (or
// assertCan) before every write and read; the UI calls it only to hide buttons.
import { ForbiddenError } from '@/lib/domain/errors';
import type { Actor } from './actor';
import { POST_PERMISSIONS, ROLE_PERMISSIONS, isRolePermission, type Permission } from './permissions';

export interface ResourceRef {
  /** The OPD the resource belongs to; omitted for "anywhere" questions such as showing a menu. */
  opdId?: string;
}

function roleAllows(actor: Actor, permission: keyof typeof ROLE_PERMISSIONS, resource?: ResourceRef): boolean {
  const allowed: readonly string[] = ROLE_PERMISSIONS[permission];
  return actor.roles.some((grant) => {
    if (!allowed.includes(grant.role)) return false;
    if (grant.role === 'ADMIN_INSTANSI') return true;
    // OPD-bound roles act only inside their OPD.
    return resource?.opdId === undefined || resource.opdId === grant.opdId;
  });
}

function postAllows(actor: Actor, permission: keyof typeof POST_PERMISSIONS, resource?: ResourceRef): boolean {
  const post = actor.activePost;
  if (!post) return false;
  if (resource?.opdId !== undefined && resource.opdId !== post.opdId) return false;
  return POST_PERMISSIONS[permission] === 'ANY_POST' || post.jenisJabatan === 'STRUKTURAL';
}

export function can(actor: Actor, permission: Permission, resource?: ResourceRef): boolean {
  return isRolePermission(permission)
    ? roleAllows(actor, permission, resource)
    : postAllows(actor, permission, resource);
}

export function assertCan(actor: Actor, permission: Permission, resource?: ResourceRef): void {
  if (!can(actor, permission, resource)) throw new ForbiddenError();
}

/** OPDs in which the actor holds `permission` through a role: 'ALL' for admin instansi. */
export function opdIdsWithRole(actor: Actor, permission: keyof typeof ROLE_PERMISSIONS): 'ALL' | string[] {
  const allowed: readonly string[] = ROLE_PERMISSIONS[permission];
  const grants = actor.roles.filter((g) => allowed.includes(g.role));
  if (grants.some((g) => g.role === 'ADMIN_INSTANSI')) return 'ALL';
  return [...new Set(grants.map((g) => g.opdId).filter((id): id is string => id !== null))];
}
