// `npm run ca:export-root -- <root.pem>`: writes the mock CA's root certificate (creating the CA
// under MOCK_CA_DIR on first use) for a verifier to trust. No database needed.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCa } from '@/lib/signing/mock-ca/ca-store';

const out = process.argv[2];
if (!out) {
  console.error('usage: npm run ca:export-root -- <root.pem>');
  process.exit(2);
}
const ca = await loadCa();
await writeFile(out, ca.root.certificate.toString('pem') + '\n');
console.log(`Root mock CA (${ca.root.certificate.subject}) ditulis ke ${path.resolve(out)}; SHA-256 ${Buffer.from(await ca.root.certificate.getThumbprint('SHA-256')).toString('hex')}`);
