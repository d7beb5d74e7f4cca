// Connections one process keeps to PostgreSQL. A Node process renders on one core, so a few
// connections keep it busy; more only let more queries run at once on the database's cores, where
// they slow each other: with fifty people on the 1M-letter bench (2 cores, bench:load), 10 per
// process made the search page's database CPU 33-39 ms a request and 4 made it 16-17 (25-30 → 41-46
// req/s; Surat Masuk and Disposisi gained too). A request beyond the pool waits its turn in Node.
export const DEFAULT_POOL_SIZE = 4;

export function poolSize(env: Record<string, string | undefined> = process.env): number {
  const wanted = Number(env.DATABASE_POOL_SIZE);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : DEFAULT_POOL_SIZE;
}
