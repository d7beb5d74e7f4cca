// What stands behind the mock BSrE's HTTP surface: a directory of users (status, passphrase, delay)
// and a function that really signs. The HTTP layer knows nothing of keys or certificates.
import type { SignerStatus } from '../../types';
import type { MockBsreUser } from './fixtures';

export interface MockAppearance {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
  imagePng?: Uint8Array;
}

export interface MockSignRequest {
  pdf: Uint8Array;
  nik: string;
  passphrase: string;
  appearance: MockAppearance | null;
  reason?: string;
  location?: string;
}

/** Signs a PDF for a known, active user whose passphrase was checked. Throws on an unreadable PDF. */
export type MockPdfSignFn = (pdf: Uint8Array, signer: MockBsreUser, request: MockSignRequest) => Promise<Uint8Array>;

export type MockRejection = 'WRONG_PASSPHRASE' | 'NOT_REGISTERED' | 'NOT_ACTIVE' | 'INVALID_PDF';

export class MockBsreRejection extends Error {
  constructor(
    readonly reason: MockRejection,
    readonly detail = '',
  ) {
    super(`${reason}${detail ? `: ${detail}` : ''}`);
    this.name = 'MockBsreRejection';
  }
}

export interface MockBsreBackend {
  status(nik: string): Promise<SignerStatus>;
  /** The signed PDF, or a MockBsreRejection. */
  sign(request: MockSignRequest): Promise<Uint8Array>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/** A backend over a fixed list of users; unknown NIKs are NOT_REGISTERED. */
export function createDirectoryBackend(users: MockBsreUser[], signFn: MockPdfSignFn): MockBsreBackend & { setStatus(nik: string, status: SignerStatus): void } {
  const byNik = new Map(users.map((u) => [u.nik, { ...u }]));
  return {
    setStatus(nik, status) {
      const user = byNik.get(nik);
      if (!user) throw new Error(`Unknown mock BSrE NIK ${nik}`);
      user.status = status;
    },
    async status(nik) {
      return byNik.get(nik)?.status ?? 'NOT_REGISTERED';
    },
    async sign(request) {
      const user = byNik.get(request.nik);
      if (user?.delayMs) await sleep(user.delayMs);
      if (!user || user.status === 'NOT_REGISTERED') throw new MockBsreRejection('NOT_REGISTERED');
      if (request.passphrase !== user.passphrase) throw new MockBsreRejection('WRONG_PASSPHRASE');
      if (user.status !== 'ISSUE') throw new MockBsreRejection('NOT_ACTIVE', user.status);
      if (!looksLikePdf(request.pdf)) throw new MockBsreRejection('INVALID_PDF', 'PDF header signature not found.');
      try {
        return await signFn(request.pdf, user, request);
      } catch (error) {
        // The mock's signer fails only on input it cannot read, as iText does on the real service.
        throw new MockBsreRejection('INVALID_PDF', error instanceof Error ? error.message.slice(0, 120) : 'Rebuild failed');
      }
    },
  };
}

function looksLikePdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1');
  return head.includes('%PDF-') && tail.includes('%%EOF');
}
