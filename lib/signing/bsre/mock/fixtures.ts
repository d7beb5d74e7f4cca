// Fixed NIKs that make the mock BSrE give each answer the real service gives (wrong passphrase,
// not registered, expired, revoked, suspended, slow), set up in the mock CA's registry.
import { ensureCertificate, revokeCertificate, setCertificateSuspended, type Db } from '../../mock-ca/certificates';
import type { MockCaOverride } from './mock-ca-backend';

export const MOCK_BSRE_PASSPHRASE = 'Rahasia#2026';

/** Documented in the README: each provokes one behaviour. */
export const MOCK_BSRE_NIK = {
  /** ISSUE: signs with MOCK_BSRE_PASSPHRASE, any other passphrase is "Passphrase anda salah". */
  active: '3201010101900001',
  notRegistered: '3201010101900002',
  expired: '3201010101900003',
  /** Revoked in the mock CA (listed in its CRL and OCSP). */
  revoked: '3201010101900004',
  /** Suspended in the mock CA. */
  suspended: '3201010101900005',
  /** ISSUE, but every signing request waits (time-out tests). */
  slow: '3201010101900006',
  waiting: '3201010101900007',
  noCertificate: '3201010101900008',
  /** ISSUE; v1 signs at once and sends the headers (with id_dokumen), but the body comes late. */
  slowBody: '3201010101900009',
} as const;

const HOLDER = { instansi: 'Instansi Uji Mock BSrE' };

/**
 * Issues, revokes and suspends the fixture certificates in the mock CA and returns the status and
 * delay overrides for what the mock CA cannot produce on demand. Safe to run again.
 */
export async function provisionMockBsreFixtures(options: { db?: Db; caDir?: string; slowMs?: number } = {}): Promise<Map<string, MockCaOverride>> {
  const issue = (nik: string, nama: string) => ensureCertificate({ nik, nama, ...HOLDER }, MOCK_BSRE_PASSPHRASE, { db: options.db, caDir: options.caDir });
  await issue(MOCK_BSRE_NIK.active, 'Budi Santoso');
  await issue(MOCK_BSRE_NIK.slow, 'Fajar Nugroho');
  await issue(MOCK_BSRE_NIK.slowBody, 'Gita Lestari');
  await issue(MOCK_BSRE_NIK.revoked, 'Dedi Kurniawan');
  await revokeCertificate(MOCK_BSRE_NIK.revoked, 'keyCompromise', { db: options.db });
  await issue(MOCK_BSRE_NIK.suspended, 'Eka Putri');
  await setCertificateSuspended(MOCK_BSRE_NIK.suspended, true, { db: options.db });
  return new Map<string, MockCaOverride>([
    [MOCK_BSRE_NIK.expired, { status: 'EXPIRED' }],
    [MOCK_BSRE_NIK.waiting, { status: 'WAITING_FOR_VERIFICATION' }],
    [MOCK_BSRE_NIK.noCertificate, { status: 'NO_CERTIFICATE' }],
    [MOCK_BSRE_NIK.slow, { delayMs: options.slowMs ?? 30_000 }],
    [MOCK_BSRE_NIK.slowBody, { bodyDelayMs: options.slowMs ?? 30_000 }],
  ]);
}
