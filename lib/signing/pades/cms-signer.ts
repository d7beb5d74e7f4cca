// The @signpdf Signer that builds a PAdES baseline CMS: signed attributes content-type,
// message-digest and signing-certificate-v2, then the signature-time-stamp as an unsigned attribute.
import { Signer } from '@signpdf/signpdf';
import { assembleSignedData, buildSignedAttributes } from '../pki/cms';
import { sha256 } from '../pki/der';
import { OID } from '../pki/oids';
import type { LongTermValidationSource, SignatureProvider } from './signature-provider';

export class PadesCmsSigner extends Signer {
  constructor(
    private readonly provider: SignatureProvider,
    private readonly ltv: Pick<LongTermValidationSource, 'timestamp'>,
  ) {
    super();
  }

  /** @param signedBytes the PDF bytes the /ByteRange covers. */
  async sign(signedBytes: Buffer): Promise<Buffer> {
    const attributes = { contentType: OID.data, digest: sha256(signedBytes), signerCertificate: this.provider.certificate };
    const signature = await this.provider.sign(buildSignedAttributes(attributes));
    // B-T: the token's imprint is the hash of the SignerInfo's signature value (RFC 3161 appendix A).
    const token = await this.ltv.timestamp(sha256(signature));
    const cms = assembleSignedData({
      ...attributes,
      signature,
      signatureAlgorithm: this.provider.signatureAlgorithm,
      chain: this.provider.chain,
      unsignedAttributes: [{ type: OID.signatureTimeStampToken, value: token }],
    });
    return Buffer.from(cms);
  }
}
