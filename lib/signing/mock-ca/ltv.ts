// The mock CA as a long-term-validation source: its TSA, CRLs and OCSP called in-process.
import { sha256 } from '../pki/der';
import type { LongTermValidationSource } from '../pades/signature-provider';
import type { CaMaterial } from './ca-store';
import type { Db } from './certificates';
import { buildCrl, buildRootCrl } from './crl';
import { ocspResponseForSerial } from './ocsp';
import { createTimeStampToken } from './tsa';

/**
 * For one signer certificate; the validation data is fetched once and reused, so a batch of
 * documents signed with the same certificate shares the CRLs and OCSP responses. It covers the
 * whole path offline: signer and TSA (issuing CA's CRL, OCSP), issuing CA (root's CRL), root.
 */
export function mockCaLtv(ca: CaMaterial, signer: { serial: string; certificate: Uint8Array }, options: { db?: Db } = {}): LongTermValidationSource {
  let data: ReturnType<LongTermValidationSource['validationData']> | undefined;
  return {
    timestamp: (imprint) => createTimeStampToken(imprint, { caDir: ca.dir }),
    validationData: () =>
      (data ??= (async () => ({
        certificates: uniqueDer([signer.certificate, ca.issuing.der, ca.root.der, ca.tsa.der]),
        crls: [await buildCrl({ db: options.db, caDir: ca.dir }), await buildRootCrl({ caDir: ca.dir })],
        ocsps: [
          await ocspResponseForSerial(signer.serial, { db: options.db, caDir: ca.dir }),
          await ocspResponseForSerial(ca.tsa.certificate.serialNumber.toLowerCase(), { db: options.db, caDir: ca.dir }),
        ],
      }))()),
  };
}

function uniqueDer(items: Uint8Array[]): Uint8Array[] {
  const seen = new Set<string>();
  return items.filter((der) => {
    const key = Buffer.from(sha256(der)).toString('hex');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
