// Integration tests drop and recreate their database: never let them near a shared server.
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

export function assertLocalDatabaseUrl(url: string): void {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    throw new Error('TEST_DATABASE_URL is not a valid URL.');
  }
  if (!LOCAL_HOSTS.has(host)) {
    throw new Error(`TEST_DATABASE_URL must point at this machine (localhost), not ${host}: the tests drop and recreate the database.`);
  }
}
