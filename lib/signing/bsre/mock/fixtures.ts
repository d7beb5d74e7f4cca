// Who the mock BSrE knows: NIK-specific fixtures, so tests and demos can provoke every answer the
// real service gives (wrong passphrase, not registered, expired, revoked, suspended, slow).
import type { SignerStatus } from '../../types';

export interface MockBsreUser {
  nik: string;
  name: string;
  passphrase: string;
  status: SignerStatus;
  /** Milliseconds the service "thinks" before answering a signing request (time-out tests). */
  delayMs?: number;
}

export const MOCK_BSRE_PASSPHRASE = 'Rahasia#2026';

/** Fixed NIKs, documented in the README: each provokes one behaviour. */
export const MOCK_BSRE_NIK = {
  active: '3201010101900001',
  notRegistered: '3201010101900002',
  expired: '3201010101900003',
  revoked: '3201010101900004',
  suspended: '3201010101900005',
  slow: '3201010101900006',
  waiting: '3201010101900007',
  noCertificate: '3201010101900008',
} as const;

export function defaultMockBsreUsers(slowMs = 30_000): MockBsreUser[] {
  const user = (nik: string, name: string, status: SignerStatus, delayMs?: number): MockBsreUser => ({
    nik,
    name,
    passphrase: MOCK_BSRE_PASSPHRASE,
    status,
    ...(delayMs ? { delayMs } : {}),
  });
  return [
    user(MOCK_BSRE_NIK.active, 'Budi Santoso', 'ISSUE'),
    user(MOCK_BSRE_NIK.expired, 'Citra Lestari', 'EXPIRED'),
    user(MOCK_BSRE_NIK.revoked, 'Dedi Kurniawan', 'REVOKE'),
    user(MOCK_BSRE_NIK.suspended, 'Eka Putri', 'SUSPEND'),
    user(MOCK_BSRE_NIK.slow, 'Fajar Nugroho', 'ISSUE', slowMs),
    user(MOCK_BSRE_NIK.waiting, 'Gita Maharani', 'WAITING_FOR_VERIFICATION'),
    user(MOCK_BSRE_NIK.noCertificate, 'Hadi Wijaya', 'NO_CERTIFICATE'),
  ];
}
