// What the database did for a measured point, from pg_stat_statements: statements and execution
// time per request, summed over every statement the pages ran (like for like with the page, unlike
// timing one hand-written query). The extension must be preloaded, so the bench database is
// restarted once with it the first time.
import pg from 'pg';

export async function needsStatStatements(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ shared_preload_libraries: string }>('SHOW shared_preload_libraries');
    if (rows[0].shared_preload_libraries.includes('pg_stat_statements')) return false;
    await client.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
    return true;
  } finally {
    await client.end();
  }
}

export class SqlStats {
  private constructor(private readonly client: pg.Client) {}

  static async connect(url: string): Promise<SqlStats> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    return new SqlStats(client);
  }

  async reset(): Promise<void> {
    await this.client.query('SELECT pg_stat_statements_reset()');
  }

  /** Statements and milliseconds of execution since the last reset, leaving out this reader's own. */
  async read(): Promise<{ statements: number; ms: number }> {
    const { rows } = await this.client.query<{ calls: string | null; ms: number | null }>(
      `SELECT sum(calls) AS calls, sum(total_exec_time) AS ms FROM pg_stat_statements
       WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_statements%'`,
    );
    return { statements: Number(rows[0].calls ?? 0), ms: Number(rows[0].ms ?? 0) };
  }

  /** The statements that took the most execution time since the last reset, for a report line each. */
  async top(n: number): Promise<{ calls: number; meanMs: number; totalMs: number; query: string }[]> {
    const { rows } = await this.client.query<{ calls: string; mean: number; total: number; query: string }>(
      `SELECT calls, mean_exec_time AS mean, total_exec_time AS total, query FROM pg_stat_statements
       WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_statements%'
       ORDER BY total_exec_time DESC LIMIT $1`,
      [n],
    );
    return rows.map((r) => ({ calls: Number(r.calls), meanMs: r.mean, totalMs: r.total, query: r.query.replace(/\s+/g, ' ') }));
  }

  async query<R extends pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<R[]> {
    return (await this.client.query<R>(text, params)).rows;
  }

  async end(): Promise<void> {
    await this.client.end();
  }
}
