// The mock BSrE backed by the project's mock CA: real PAdES B-T signatures (what BSrE returns; our
// adapter adds the DSS and the document time-stamp) with keys under the holders' passphrases, statuses from the certificate registry (revoke/suspend are real), plus
// per-NIK overrides for what the mock CA cannot produce on demand (EXPIRED, slow answers).
import { SigningError, type SignerStatus } from '../../types';
import { getCertificateStatus, type Db } from '../../mock-ca/certificates';
import { MockCaSigner } from '../../mock-ca/mock-ca-signer';
import { looksLikePdf, MockBsreRejection, type MockBsreBackend } from './backend';

export interface MockCaOverride {
  status?: SignerStatus;
  /** Before signing: the request waits, and no answer has started. */
  delayMs?: number;
  /** After signing: the headers (with id_dokumen) go out at once, the body this much later. */
  bodyDelayMs?: number;
}

const REJECTIONS: Partial<Record<SigningError['code'], MockBsreRejection['reason']>> = {
  WRONG_PASSPHRASE: 'WRONG_PASSPHRASE',
  NOT_REGISTERED: 'NOT_REGISTERED',
  PDF_REJECTED: 'INVALID_PDF',
  CERT_EXPIRED: 'NOT_ACTIVE',
  CERT_REVOKED: 'NOT_ACTIVE',
  CERT_SUSPENDED: 'NOT_ACTIVE',
  CERT_NOT_ACTIVE: 'NOT_ACTIVE',
  NO_CERTIFICATE: 'NOT_ACTIVE',
  // Status and passphrase are settled before this point: what is left to fail is the document.
  UNKNOWN: 'INVALID_PDF',
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

export function createMockCaBackend(options: { db?: Db; caDir?: string; overrides?: Map<string, MockCaOverride> } = {}): MockBsreBackend {
  const overrides = options.overrides ?? new Map<string, MockCaOverride>();
  const signer = new MockCaSigner({ db: options.db, caDir: options.caDir, level: 'B-T' });
  const status = async (nik: string): Promise<SignerStatus> => overrides.get(nik)?.status ?? getCertificateStatus(nik, { db: options.db });
  return {
    status,
    bodyDelayMs: (nik) => overrides.get(nik)?.bodyDelayMs ?? 0,
    async sign(request) {
      const override = overrides.get(request.nik);
      if (override?.delayMs) await sleep(override.delayMs);
      const current = await status(request.nik);
      if (current === 'NOT_REGISTERED') throw new MockBsreRejection('NOT_REGISTERED');
      if (current !== 'ISSUE') throw new MockBsreRejection('NOT_ACTIVE', current);
      if (!looksLikePdf(request.pdf)) throw new MockBsreRejection('INVALID_PDF', 'PDF header signature not found.');
      try {
        const { pdf } = await signer.signPdf({
          pdf: request.pdf,
          nik: request.nik,
          passphrase: request.passphrase,
          appearance: request.appearance ?? undefined,
          reason: request.reason,
          location: request.location,
        });
        return pdf;
      } catch (error) {
        const reason = error instanceof SigningError ? REJECTIONS[error.code] : undefined;
        if (reason) throw new MockBsreRejection(reason, reason === 'INVALID_PDF' ? 'Rebuild failed: trailer not found.' : '');
        throw error;
      }
    },
  };
}
