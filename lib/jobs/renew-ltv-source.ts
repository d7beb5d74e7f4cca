// Where the renewal job gets fresh validation data and document time-stamps, chosen by the same
// SIGNER_BACKEND as signing: the mock CA's TSA, CRLs and OCSP in-process (development and tests),
// or the remote sources for BSrE (its CRL/OCSP addresses from the certificates, BSRE_TSA_URL).
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import * as pkijs from 'pkijs';
import { signerBackend } from '@/lib/signing';
import { toArrayBuffer } from '@/lib/signing/pki/der';
import { readBsreConfig } from '@/lib/signing/bsre/config';
import { loadCa } from '@/lib/signing/mock-ca/ca-store';
import { buildCrl, buildRootCrl } from '@/lib/signing/mock-ca/crl';
import { ocspResponseForSerial } from '@/lib/signing/mock-ca/ocsp';
import { createTimeStampToken } from '@/lib/signing/mock-ca/tsa';
import { remoteLtv } from '@/lib/signing/pades/remote-ltv';
import type { LongTermValidationSource } from '@/lib/signing/pades/signature-provider';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

export function renewalLtvSource({ now, env = process.env }: { now: Date; env?: NodeJS.ProcessEnv }): LongTermValidationSource {
  if (signerBackend(env.SIGNER_BACKEND) === 'bsre') {
    const config = readBsreConfig(env);
    // Without a TSA the job could add validation data but no new time-stamp, which renews nothing.
    if (!config.tsaUrl) throw new Error('BSRE_TSA_URL is not set: renewing archived signatures needs an RFC 3161 time-stamp authority.');
    return remoteLtv({ tsaUrl: config.tsaUrl, timeoutMs: config.statusTimeoutMs });
  }
  return mockCaLtvAt(now);
}

/** The mock CA answering as it would at `now`, for whichever of its certificates signed the CMS. */
function mockCaLtvAt(now: Date): LongTermValidationSource {
  return {
    timestamp: async (imprint) => createTimeStampToken(imprint, { caDir: (await loadCa()).dir, now }),
    validationData: async (cms) => {
      const ca = await loadCa();
      const signer = cmsSigner(cms);
      const certificates = [signer, ca.issuing.der, ca.root.der].filter((der, i, all) => all.findIndex((o) => Buffer.compare(o, der) === 0) === i);
      return {
        certificates,
        crls: [await buildCrl({ caDir: ca.dir, now }), await buildRootCrl({ caDir: ca.dir, now })],
        ocsps: [await ocspResponseForSerial(new x509.X509Certificate(toArrayBuffer(signer)).serialNumber.toLowerCase(), { caDir: ca.dir, now })],
      };
    },
  };
}

/** The certificate of the CMS's first signer, DER, as embedded. */
function cmsSigner(cmsDer: Uint8Array): Uint8Array {
  const signedData = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(toArrayBuffer(cmsDer)).content });
  const sid = signedData.signerInfos[0]?.sid;
  const found = (signedData.certificates ?? []).find(
    (c): c is pkijs.Certificate => c instanceof pkijs.Certificate && sid instanceof pkijs.IssuerAndSerialNumber && c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber),
  );
  if (!found) throw new Error('sertifikat penanda tangan tidak ada di dalam CMS');
  return new Uint8Array(found.toSchema().toBER());
}
