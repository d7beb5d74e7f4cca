import { describe, expect, it } from 'vitest';
import { assertLocalDatabaseUrl } from '../../integration/db-url-guard';

describe('assertLocalDatabaseUrl', () => {
  it.each([
    'postgresql://u:p@localhost:5432/t',
    'postgresql://u:p@127.0.0.1:5434/t',
    'postgres://u:p@[::1]:5432/t',
    'postgresql://u:p@localhost/t?host=/var/run/postgresql',
  ])('accepts %s', (url) => {
    expect(() => assertLocalDatabaseUrl(url)).not.toThrow();
  });
  it.each([
    'postgresql://u:p@db.prod.go.id:5432/eoffice',
    'postgresql://u:p@10.0.0.5/t',
    // pg lets ?host= override the host in the URL.
    'postgresql://u:p@localhost:5432/t?host=db.prod.go.id',
    'postgresql:///t',
    'not a url',
  ])('refuses %s', (url) => {
    expect(() => assertLocalDatabaseUrl(url)).toThrow(/TEST_DATABASE_URL/);
  });
});
