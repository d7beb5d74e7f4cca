// A typed fragment inside LIKE / ILIKE: %, _ and \ are letters, not wildcards. Prisma's `contains`,
// `startsWith` and `endsWith` put the value into a LIKE pattern as it is, so "%" matched every name.

/** The fragment with LIKE's wildcards and escape character escaped (PostgreSQL's default escape, \). */
export function literalLike(fragment: string): string {
  return fragment.replace(/[\\%_]/g, (c) => `\\${c}`);
}
