import 'server-only';
import { cache } from 'react';
import type { Actor } from '@/lib/authz/actor';
import { countWorklists, type WorklistCounts } from './count-worklists';

/** How long a person's badge counts are reused: a few page views, short enough to look live. */
const FRESH_MS = 3_000;
const MAX_ENTRIES = 5_000;

const recent = new Map<string, { at: number; counts: Promise<WorklistCounts> }>();

function forget(now: number) {
  for (const [key, entry] of recent) if (now - entry.at >= FRESH_MS) recent.delete(key);
}

/**
 * The worklist counts a page shows (navigation badges, Beranda cards): counted once per request
 * however many components ask (React cache, keyed by the request's actor), and reused for a few
 * seconds by the same person in the same post in this server process, since every page view
 * shows them. Services that need exact figures call countWorklists.
 */
export const countWorklistsForPage = cache((actor: Actor): Promise<WorklistCounts> => {
  if (!actor.activePost) return countWorklists(actor);
  const key = `${actor.pegawaiId}:${actor.activePost.jabatanId}:${actor.posts.map((p) => p.jabatanId).join(',')}`;
  const now = Date.now();
  const hit = recent.get(key);
  if (hit && now - hit.at < FRESH_MS) return hit.counts;
  if (recent.size >= MAX_ENTRIES) forget(now);
  const counts = countWorklists(actor);
  recent.set(key, { at: now, counts });
  counts.catch(() => recent.delete(key));
  return counts;
});
