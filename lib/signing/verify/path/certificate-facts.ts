// What a certificate says about itself (RFC 5280 section 4.2): key identifiers, key usage, basic
// constraints, extended key usage, validity. Read once from pkijs's parsed extensions.
import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

export const EXT = {
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  issuerAltName: '2.5.29.18',
  basicConstraints: '2.5.29.19',
  crlDistributionPoints: '2.5.29.31',
  certificatePolicies: '2.5.29.32',
  policyMappings: '2.5.29.33',
  authorityKeyIdentifier: '2.5.29.35',
  policyConstraints: '2.5.29.36',
  extKeyUsage: '2.5.29.37',
  inhibitAnyPolicy: '2.5.29.54',
  authorityInfoAccess: '1.3.6.1.5.5.7.1.1',
  ocspNoCheck: '1.3.6.1.5.5.7.48.1.5',
} as const;

export const KEY_PURPOSE = {
  timeStamping: '1.3.6.1.5.5.7.3.8',
  ocspSigning: '1.3.6.1.5.5.7.3.9',
} as const;

/** Bits of the keyUsage BIT STRING, first octet (RFC 5280 4.2.1.3). */
export const KEY_USAGE = { digitalSignature: 0x80, nonRepudiation: 0x40, keyCertSign: 0x04, cRLSign: 0x02 } as const;

/**
 * Extensions this validator understands. A critical extension outside this list makes the
 * certificate unusable (RFC 5280 4.2). Name constraints are deliberately absent: they are not
 * processed here, so a CA that relies on them critically is refused rather than half-checked.
 */
const UNDERSTOOD = new Set<string>([
  EXT.subjectKeyIdentifier, EXT.keyUsage, EXT.subjectAltName, EXT.issuerAltName, EXT.basicConstraints, EXT.crlDistributionPoints,
  EXT.certificatePolicies, EXT.policyMappings, EXT.authorityKeyIdentifier, EXT.policyConstraints, EXT.extKeyUsage, EXT.inhibitAnyPolicy,
  EXT.authorityInfoAccess, EXT.ocspNoCheck,
]);

const hex = (bytes: ArrayBuffer | Uint8Array) => Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString('hex');

export function extension(certificate: pkijs.Certificate, oid: string): pkijs.Extension | undefined {
  return certificate.extensions?.find((e) => e.extnID === oid);
}

/** A fact read once per parsed certificate (paths are built by comparing key identifiers across the store). */
function memo<T>(read: (certificate: pkijs.Certificate) => T): (certificate: pkijs.Certificate) => T {
  const known = new WeakMap<pkijs.Certificate, { value: T }>();
  return (certificate) => {
    let entry = known.get(certificate);
    if (!entry) known.set(certificate, (entry = { value: read(certificate) }));
    return entry.value;
  };
}

/** The certificate's identity: its signed bytes and signature, hashed (equal for two parses of one certificate). */
export const fingerprint = memo((certificate) =>
  createHash('sha256').update(certificate.tbsView).update(certificate.signatureValue.valueBlock.valueHexView).digest('hex'),
);

/** SHA-1 of the subjectPublicKey BIT STRING value: RFC 5280's method (1) key identifier. */
export const keyHash = memo((certificate) => createHash('sha1').update(certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView).digest('hex'));

export const subjectKeyId = memo((certificate): string | null => {
  const value = extension(certificate, EXT.subjectKeyIdentifier)?.parsedValue;
  return value instanceof asn1js.OctetString ? hex(value.valueBlock.valueHexView) : null;
});

export const authorityKeyId = memo((certificate): string | null => {
  const value = extension(certificate, EXT.authorityKeyIdentifier)?.parsedValue;
  return value instanceof pkijs.AuthorityKeyIdentifier && value.keyIdentifier ? hex(value.keyIdentifier.valueBlock.valueHexView) : null;
});

/** Whether the key identifier names this certificate's key: its SKI, or the SHA-1 of its key when it has none. */
export function hasKeyId(certificate: pkijs.Certificate, keyId: string): boolean {
  return subjectKeyId(certificate) === keyId || keyHash(certificate) === keyId;
}

/** The first keyUsage octet, or null when the extension is absent (any usage, RFC 5280). */
export function keyUsageBits(certificate: pkijs.Certificate): number | null {
  const value = extension(certificate, EXT.keyUsage)?.parsedValue;
  if (!(value instanceof asn1js.BitString)) return extension(certificate, EXT.keyUsage) ? 0 : null;
  return value.valueBlock.valueHexView[0] ?? 0;
}

export function allowsKeyUsage(certificate: pkijs.Certificate, ...anyOf: number[]): boolean {
  const bits = keyUsageBits(certificate);
  return bits === null || anyOf.some((bit) => (bits & bit) !== 0);
}

export function basicConstraints(certificate: pkijs.Certificate): { cA: boolean; pathLen: number | null } | null {
  const value = extension(certificate, EXT.basicConstraints)?.parsedValue;
  if (!(value instanceof pkijs.BasicConstraints)) return null;
  const pathLen = value.pathLenConstraint;
  return { cA: value.cA === true, pathLen: typeof pathLen === 'number' ? pathLen : pathLen instanceof asn1js.Integer ? pathLen.valueBlock.valueDec : null };
}

export function extendedKeyUsage(certificate: pkijs.Certificate): { critical: boolean; purposes: string[] } | null {
  const ext = extension(certificate, EXT.extKeyUsage);
  if (!ext) return null;
  const value = ext.parsedValue;
  return { critical: ext.critical === true, purposes: value instanceof pkijs.ExtKeyUsage ? value.keyPurposes : [] };
}

export function unknownCriticalExtensions(certificate: pkijs.Certificate): string[] {
  return (certificate.extensions ?? []).filter((e) => e.critical && !UNDERSTOOD.has(e.extnID)).map((e) => e.extnID);
}

export function isSelfIssued(certificate: pkijs.Certificate): boolean {
  return certificate.subject.isEqual(certificate.issuer);
}

export const notBefore = (certificate: pkijs.Certificate) => certificate.notBefore.value;
export const notAfter = (certificate: pkijs.Certificate) => certificate.notAfter.value;

export const serialHex = (certificate: pkijs.Certificate) => hex(certificate.serialNumber.valueBlock.valueHexView).toUpperCase();

const NAME_LABELS: Record<string, string> = { '2.5.4.3': 'CN', '2.5.4.10': 'O', '2.5.4.11': 'OU', '2.5.4.6': 'C', '2.5.4.7': 'L', '2.5.4.8': 'ST' };

/** A name for people: CN, O, OU, C... The subject serialNumber (a NIK) is left out on purpose. */
export function displayName(name: pkijs.RelativeDistinguishedNames): string {
  return name.typesAndValues
    .filter((tv) => NAME_LABELS[tv.type])
    .map((tv) => `${NAME_LABELS[tv.type]}=${String(tv.value.valueBlock.value)}`)
    .join(', ');
}

export function commonName(name: pkijs.RelativeDistinguishedNames): string | null {
  const cn = name.typesAndValues.find((tv) => tv.type === '2.5.4.3')?.value;
  return cn ? String(cn.valueBlock.value) : null;
}
