// Migrations connect with the fields of DATABASE_URL (lib/db/schema-engine.ts): a URL naming a Unix
// socket's directory (libpq's ?host=, as PostgreSQL on the same machine is often reached) must reach
// that socket, as the app's own pools do; it reached localhost:5432 instead and `npm start` failed.
import { describe, expect, it } from 'vitest';
import { pgFields } from '@/lib/db/schema-engine';

describe('the migration connection of DATABASE_URL', () => {
  it('reads host, port, user, password and database from the URL', () => {
    expect(pgFields('postgresql://eoffice:p%40ss@db.internal:6543/eoffice')).toEqual({
      host: 'db.internal', port: 6543, user: 'eoffice', password: 'p@ss', database: 'eoffice', ssl: undefined,
    });
    expect(pgFields('postgresql://eoffice:x@db.internal/eoffice').port).toBe(5432);
  });

  it("takes a Unix socket's directory and port from ?host= and ?port=", () => {
    const fields = pgFields('postgresql://eoffice:x@localhost/eoffice?host=%2Fvar%2Frun%2Fpostgresql&port=5439');
    expect(fields).toMatchObject({ host: '/var/run/postgresql', port: 5439, database: 'eoffice' });
  });

  it('verifies the certificate unless sslmode is require', () => {
    expect(pgFields('postgresql://u:p@h/d?sslmode=require').ssl).toEqual({ rejectUnauthorized: false });
    expect(pgFields('postgresql://u:p@h/d?sslmode=verify-full').ssl).toEqual({ rejectUnauthorized: true });
  });
});
