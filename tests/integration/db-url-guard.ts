// Integration tests drop and recreate their database: never let them near a shared server.
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** Every host the pg driver may connect to: the URL's own, and `?host=` which overrides it. */
function hostsOf(url: URL): string[] {
  return [url.hostname, ...url.searchParams.getAll('host').flatMap((host) => host.split(','))];
}

// A Unix socket path ("/var/run/postgresql") is local by definition.
const isLocal = (host: string) => LOCAL_HOSTS.has(host) || host.startsWith('/');

export function assertLocalDatabaseUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('TEST_DATABASE_URL is not a valid URL.');
  }
  const remote = hostsOf(parsed).find((host) => !isLocal(host));
  if (remote !== undefined) {
    throw new Error(`TEST_DATABASE_URL must point at this machine (localhost), not ${remote || 'an empty host'}: the tests drop and recreate the database.`);
  }
}
