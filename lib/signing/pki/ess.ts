// ESS signing-certificate-v2 (RFC 5035): binds the signer's certificate into the signed
// attributes, which PAdES baseline and RFC 3161 tokens require. pkijs has no class for it.
import * as asn1js from 'asn1js';
import { encode, memoByDer, parseCertificate, sha256 } from './der';

/**
 * ESSCertIDv2 ::= SEQUENCE { hashAlgorithm DEFAULT sha256 (omitted), certHash OCTET STRING,
 *   issuerSerial SEQUENCE { issuer GeneralNames, serialNumber INTEGER } }
 */
export function essCertIdV2(certificateDer: Uint8Array): asn1js.Sequence {
  const certificate = parseCertificate(certificateDer);
  const directoryName = new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 4 }, value: [certificate.issuer.toSchema()] });
  return new asn1js.Sequence({
    value: [
      new asn1js.OctetString({ valueHex: sha256(certificateDer) }),
      new asn1js.Sequence({
        value: [new asn1js.Sequence({ value: [directoryName] }), new asn1js.Integer({ valueHex: certificate.serialNumber.valueBlock.valueHexView })],
      }),
    ],
  });
}

/** SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 } for one certificate, DER. */
export const signingCertificateV2 = memoByDer((certificateDer: Uint8Array): Uint8Array =>
  encode(new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2(certificateDer)] })] })),
);
