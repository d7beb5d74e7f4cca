import type { Actor, ActorPost } from '@/lib/authz/actor';
import { ForbiddenError } from '@/lib/domain/errors';

/** The post the actor asks to act as, if they really hold it today (own, Plt. or Plh.). */
export function chooseActivePost(actor: Actor, jabatanId: string): ActorPost {
  const post = actor.posts.find((p) => p.jabatanId === jabatanId);
  if (!post) throw new ForbiddenError('Anda tidak memegang jabatan tersebut hari ini.');
  return post;
}
