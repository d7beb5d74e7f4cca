// `npm run mock:bsre`: a BSrE esign-client-service look-alike (v1 and v2 endpoints, v1 download by
// id_dokumen, v2 TOTP with the codes printed here, Basic auth,
// BSrE's error bodies) for development and tests, signing PAdES B-T with the project's mock CA, as
// BSrE does (the adapter adds DSS and document time-stamp). Point the app at it with
// SIGNER_BACKEND=bsre BSRE_URL=http://127.0.0.1:<port> BSRE_TSA_URL=<AUTH_URL>/api/pki/tsa, and start
// it with the app's AUTH_URL so the certificates it issues name the app's CRL and OCSP endpoints.
//   MOCK_BSRE_PORT (default 8089), MOCK_BSRE_USER / MOCK_BSRE_PASSWORD (default BSRE_USER /
//   BSRE_PASSWORD, else eoffice / mock-bsre), MOCK_BSRE_SLOW_MS (delay of the slow NIK, 30000),
//   DATABASE_URL (the app's database, so its pegawai certificates sign too; else the embedded one),
//   MOCK_CA_DIR (the mock CA, default .data/ca).
import { createPrismaClient } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrations';
import { resolveDatabase } from '@/lib/db/resolve-database';
import { MOCK_BSRE_NIK, MOCK_BSRE_PASSPHRASE, provisionMockBsreFixtures } from '@/lib/signing/bsre/mock/fixtures';
import { createMockCaBackend } from '@/lib/signing/bsre/mock/mock-ca-backend';
import { createMockBsreServer } from '@/lib/signing/bsre/mock/server';

const port = Number(process.env.MOCK_BSRE_PORT ?? 8089);
const user = process.env.MOCK_BSRE_USER ?? process.env.BSRE_USER ?? 'eoffice';
const password = process.env.MOCK_BSRE_PASSWORD ?? process.env.BSRE_PASSWORD ?? 'mock-bsre';
const slowMs = Number(process.env.MOCK_BSRE_SLOW_MS ?? 30_000);

const database = await resolveDatabase();
await applyMigrations(database.url);
const db = createPrismaClient(database.url);
const overrides = await provisionMockBsreFixtures({ db, slowMs });
// TOTP codes "arrive" on this console, as BSrE's would by e-mail or in the BeSign app.
const totp = { keyPassphrase: MOCK_BSRE_PASSPHRASE, deliver: (nik: string, code: string) => console.log(`Kode TOTP untuk NIK ${nik}: ${code}`) };
const server = createMockBsreServer({ backend: createMockCaBackend({ db, overrides }), user, password, totp });

server.listen(port, '127.0.0.1', () => {
  console.log(`Mock BSrE di http://127.0.0.1:${port} (Basic auth ${user} / ${password.replace(/./g, '*')})`);
  console.log(`Passphrase NIK uji: ${MOCK_BSRE_PASSPHRASE}`);
  for (const [name, nik] of Object.entries(MOCK_BSRE_NIK)) console.log(`  ${nik}  ${name}`);
});

async function shutdown() {
  server.close();
  server.closeAllConnections();
  await db.$disconnect();
  await database.stop();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
