// Who holds the key and where validation data comes from: the two seams of PAdES signing.
// A remote signer (BSrE, an HSM) implements SignatureProvider: it only ever sees the DER bytes of
// the signed attributes and returns a signature over them.

export interface SignatureProvider {
  /** The signer's certificate, DER. */
  certificate: Uint8Array;
  /** The rest of the chain up to the root (issuing CA, root), DER. */
  chain: Uint8Array[];
  /** ecdsa-with-SHA256 or sha256WithRSAEncryption. */
  signatureAlgorithm: string;
  /** Signs exactly these bytes (the DER SET OF signed attributes) with SHA-256. */
  sign(signedAttributes: Uint8Array): Promise<Uint8Array>;
}

export interface LongTermValidationSource {
  /** An RFC 3161 time-stamp token (ContentInfo DER) over a SHA-256 imprint: signature and document time-stamps. */
  timestamp(imprint: Uint8Array): Promise<Uint8Array>;
  /**
   * Certificates, CRLs and OCSP responses a verifier needs later, for the DSS: the whole path of
   * the signer and of the time-stamp authority, with revocation data for every certificate below
   * the root. signatureCms is the signature's CMS (a source that reads the chain from it needs it).
   */
  validationData(signatureCms: Uint8Array): Promise<{ certificates: Uint8Array[]; crls: Uint8Array[]; ocsps: Uint8Array[] }>;
}
