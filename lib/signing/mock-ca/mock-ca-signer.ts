// PdfSigner backed by the mock CA: the pegawai's key is decrypted in-process with the passphrase,
// and the time-stamps, CRLs and OCSP responses come from the mock CA without any HTTP: PAdES B-LTA.
import { signatureAlgorithmOid, signSha256 } from '../pki/keys';
import { PdfInputError, signPades } from '../pades/sign-pades';
import type { SignatureProvider } from '../pades/signature-provider';
import { SigningError, type PdfSigner, type SignerStatus, type SignPdfInput, type SignPdfResult } from '../types';
import { getCertificateStatus, unlockSigningKey, type Db, type UnlockedSigningKey } from './certificates';
import { mockCaLtv } from './ltv';

export interface MockCaSignerOptions {
  db?: Db;
  caDir?: string;
  /** B-LTA (default). B-T only for the BSrE look-alike, whose real counterpart returns B-T. */
  level?: 'B-T' | 'B-LTA';
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
    try {
      const key = await unlockSigningKey(credentials.nik, credentials.passphrase, this.options);
      const provider = localKeyProvider(key);
      const ltv = mockCaLtv(key.ca, key, { db: this.options.db });
      const results: SignPdfResult[] = [];
      for (const input of inputs) {
        const { pdf, signedAt } = await signPades({
          pdf: input.pdf,
          provider,
          ltv,
          level: this.options.level,
          appearance: input.appearance,
          reason: input.reason,
          location: input.location,
          name: key.holderName,
        });
        results.push({ pdf, signedAt });
      }
      return results;
    } catch (error) {
      throw asSigningError(error);
    }
  }
}

/** A PDF that cannot be read, is encrypted or already signed, or a box off the page, is the document's fault. */
function asSigningError(error: unknown): SigningError {
  if (error instanceof SigningError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof PdfInputError) return new SigningError('PDF_REJECTED', detail);
  return new SigningError('UNKNOWN', detail);
}
