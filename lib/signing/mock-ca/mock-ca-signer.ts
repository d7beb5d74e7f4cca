// PdfSigner backed by the mock CA: the pegawai's key is decrypted in-process with the passphrase,
// and the time-stamp, CRL and OCSP response come from the mock CA without any HTTP.
import { EncryptedPDFError } from 'pdf-lib';
import { signatureAlgorithmOid, signSha256 } from '../pki/keys';
import { InvalidAppearanceError } from '../pades/placeholder';
import { signPades } from '../pades/sign-pades';
import type { SignatureProvider } from '../pades/signature-provider';
import { SigningError, type PdfSigner, type SignerStatus, type SignPdfInput, type SignPdfResult } from '../types';
import { getCertificateStatus, unlockSigningKey, type Db, type UnlockedSigningKey } from './certificates';
import { mockCaLtv } from './ltv';

export interface MockCaSignerOptions {
  db?: Db;
  caDir?: string;
}

export function localKeyProvider(key: UnlockedSigningKey): SignatureProvider {
  return {
    certificate: key.certificate,
    chain: key.chain,
    signatureAlgorithm: signatureAlgorithmOid(key.privateKey.asymmetricKeyType),
    sign: async (signedAttributes) => signSha256(key.privateKey, signedAttributes),
  };
}

export class MockCaSigner implements PdfSigner {
  readonly backend = 'mock-ca' as const;

  constructor(private readonly options: MockCaSignerOptions = {}) {}

  checkStatus(nik: string): Promise<SignerStatus> {
    return getCertificateStatus(nik, { db: this.options.db });
  }

  async signPdf(input: SignPdfInput): Promise<SignPdfResult> {
    const { nik, passphrase, ...document } = input;
    const [result] = await this.signPdfBatch([document], { nik, passphrase });
    return result;
  }

  async signPdfBatch(inputs: Omit<SignPdfInput, 'nik' | 'passphrase'>[], credentials: { nik: string; passphrase: string }): Promise<SignPdfResult[]> {
    const key = await unlockSigningKey(credentials.nik, credentials.passphrase, this.options);
    const provider = localKeyProvider(key);
    const ltv = mockCaLtv(key.ca, key, { db: this.options.db });
    const results: SignPdfResult[] = [];
    for (const input of inputs) {
      try {
        const { pdf, signedAt } = await signPades({ pdf: input.pdf, provider, ltv, appearance: input.appearance, reason: input.reason, location: input.location, name: key.holderName });
        results.push({ pdf, signedAt });
      } catch (error) {
        throw asSigningError(error);
      }
    }
    return results;
  }
}

/** A PDF pdf-lib cannot read, an encrypted one or a box off the page is the document's fault. */
function asSigningError(error: unknown): SigningError {
  if (error instanceof SigningError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof EncryptedPDFError || error instanceof InvalidAppearanceError || /parse|PDF|xref|trailer/i.test(detail)) {
    return new SigningError('PDF_REJECTED', detail);
  }
  return new SigningError('UNKNOWN', detail);
}
