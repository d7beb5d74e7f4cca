import { readFileSync } from 'node:fs';
import path from 'node:path';

// Which server action ids this build knows, so proxy.ts answers a forged or stale Next-Action id
// (and an old-style form post naming one in a $ACTION_ID_ field) in Indonesian before Next does:
// Next answers those 400 "Invalid Server Action request." or 409 "Server Action unavailable.".
// Next keeps the ids of a build in .next/server/server-reference-manifest.json (its node and edge
// maps, keyed by id), which `next start` reads the same way; the dev server rewrites it on every
// edit, so there the check stays with Next.

export const UNKNOWN_ACTION_MESSAGE = 'Permintaan tidak dikenali: halaman ini mungkin sudah usang. Muat ulang halaman lalu coba lagi.';

/** Next's action ids are 42 hex characters (server-reference-info.ts, SERVER_REFERENCE_ID_LENGTH). */
const ACTION_ID = /^[0-9a-f]{42}$/;

interface ServerReferenceManifest {
  node?: Record<string, unknown>;
  edge?: Record<string, unknown>;
}

/** The ids in a manifest's text; null when it is not one (then nothing is refused here). */
export function actionIdsOf(manifestText: string): Set<string> | null {
  try {
    const manifest = JSON.parse(manifestText) as ServerReferenceManifest;
    if (typeof manifest.node !== 'object' || manifest.node === null) return null;
    return new Set([...Object.keys(manifest.node), ...Object.keys(manifest.edge ?? {})]);
  } catch {
    return null;
  }
}

let cached: Set<string> | null | undefined;

/** This build's action ids, read once per process; null in development or without a build. */
function buildActionIds(): Set<string> | null {
  if (process.env.NODE_ENV !== 'production') return null;
  if (cached === undefined) {
    try {
      cached = actionIdsOf(readFileSync(path.join(/* turbopackIgnore: true */ process.cwd(), '.next', 'server', 'server-reference-manifest.json'), 'utf8'));
    } catch {
      cached = null;
    }
  }
  return cached;
}

/**
 * Whether `id` is refused: malformed, or well formed but not an action of this build (forged, or a
 * page left open across a deployment). `known` is the build's ids; null means "cannot tell", and
 * then only a malformed id is refused.
 */
export function isUnknownActionId(id: string, known: Set<string> | null = buildActionIds()): boolean {
  if (!ACTION_ID.test(id)) return true;
  return known !== null && !known.has(id);
}

/**
 * The ids an old-style (no-JavaScript) form post names: React's progressive enhancement posts the
 * action as a `$ACTION_ID_<id>` field, or, for an action with bound arguments, as a
 * `$ACTION_REF_<p>` field whose `$ACTION_<p>:0` holds `{"id": ...}` (React's decodeAction).
 */
export function formActionIds(form: FormData): string[] {
  const ids: string[] = [];
  for (const key of form.keys()) {
    if (key.startsWith('$ACTION_ID_')) ids.push(key.slice('$ACTION_ID_'.length));
    else if (key.startsWith('$ACTION_REF_')) ids.push(boundActionId(form.get(`$ACTION_${key.slice('$ACTION_REF_'.length)}:0`)));
  }
  return ids;
}

function boundActionId(descriptor: FormDataEntryValue | null): string {
  if (typeof descriptor !== 'string') return '';
  try {
    const id = (JSON.parse(descriptor) as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? id : '';
  } catch {
    return '';
  }
}
