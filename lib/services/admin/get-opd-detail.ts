import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { getOpdInScopeOrThrow } from './scoped-loaders';

/** One OPD's identity and kop data, for its detail form. */
export async function getOpdDetail(actor: Actor, opdId: string) {
  assertCan(actor, 'admin.view');
  return getOpdInScopeOrThrow(actor, opdId);
}
