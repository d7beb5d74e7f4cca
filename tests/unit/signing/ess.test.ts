import 'reflect-metadata';
import { createHash, webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import * as asn1js from 'asn1js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSignedAttributes } from '@/lib/signing/pki/cms';
import { compareDer } from '@/lib/signing/pki/der';
import { essCertIdV2, signingCertificateV2 } from '@/lib/signing/pki/ess';
import { OID } from '@/lib/signing/pki/oids';

let der: Uint8Array;
let cert: x509.X509Certificate;

beforeAll(async () => {
  x509.cryptoProvider.set(webcrypto as unknown as Crypto);
  const keys = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  cert = await x509.X509CertificateGenerator.createSelfSigned({ serialNumber: '0a1b2c3d', name: 'CN=Uji ESS, C=ID', keys: keys as CryptoKeyPair, signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' } });
  der = new Uint8Array(cert.rawData);
});

const parse = (bytes: Uint8Array) => asn1js.fromBER(new Uint8Array(bytes).buffer).result as asn1js.Sequence;

describe('ESSCertIDv2', () => {
  it('omits the default SHA-256 algorithm, hashes the whole certificate and names issuer and serial', () => {
    const id = parse(new Uint8Array(essCertIdV2(der).toBER()));
    const [certHash, issuerSerial] = id.valueBlock.value as [asn1js.OctetString, asn1js.Sequence];
    expect(id.valueBlock.value).toHaveLength(2);
    expect(certHash).toBeInstanceOf(asn1js.OctetString);
    expect(Buffer.from(certHash.valueBlock.valueHexView).toString('hex')).toBe(createHash('sha256').update(der).digest('hex'));
    const [generalNames, serial] = issuerSerial.valueBlock.value as [asn1js.Sequence, asn1js.Integer];
    const directoryName = generalNames.valueBlock.value[0];
    expect(directoryName.idBlock.tagClass).toBe(3);
    expect(directoryName.idBlock.tagNumber).toBe(4);
    expect(Buffer.from(serial.valueBlock.valueHexView).toString('hex')).toBe('0a1b2c3d');
  });

  it('SigningCertificateV2 wraps one ESSCertIDv2 in SEQUENCE { SEQUENCE OF }', () => {
    const outer = parse(signingCertificateV2(der));
    expect(outer.valueBlock.value).toHaveLength(1);
    const certs = outer.valueBlock.value[0] as asn1js.Sequence;
    expect(certs.valueBlock.value).toHaveLength(1);
  });
});

describe('signed attributes', () => {
  it('are content-type, message-digest and signing-certificate-v2 in DER SET order, without signing-time', () => {
    const bytes = buildSignedAttributes({ contentType: OID.data, digest: new Uint8Array(32).fill(7), signerCertificate: der });
    expect(bytes[0]).toBe(0x31);
    const set = asn1js.fromBER(new Uint8Array(bytes).buffer).result as asn1js.Set;
    const members = set.valueBlock.value as asn1js.Sequence[];
    const types = members.map((m) => (m.valueBlock.value[0] as asn1js.ObjectIdentifier).valueBlock.toString());
    expect(types.sort()).toEqual([OID.contentType, OID.messageDigest, OID.signingCertificateV2].sort());
    expect(types).not.toContain(OID.signingTime);
    const encoded = members.map((m) => new Uint8Array(m.toBER()));
    for (let i = 1; i < encoded.length; i++) expect(compareDer(encoded[i - 1], encoded[i])).toBeLessThan(0);
  });
});

describe('compareDer', () => {
  it.each([
    [[0x30, 0x01], [0x30, 0x02], -1],
    [[0x31], [0x30, 0xff], 1],
    [[0x30, 0x00], [0x30], 0],
    [[0x30], [0x30, 0x01], -1],
  ])('%j vs %j', (a, b, sign) => {
    expect(Math.sign(compareDer(new Uint8Array(a), new Uint8Array(b)))).toBe(sign);
  });
});
