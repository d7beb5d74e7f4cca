// Validation data for a signature made elsewhere is complete or refused: a certificate that names no
// CRL or OCSP address, or an issuer that cannot be found, is an error rather than a thin DSS.
import { describe, expect, it } from 'vitest';
import { derPrefix } from '@/lib/signing/pades/extend-lta';
import { collectValidationData } from '@/lib/signing/pades/remote-ltv';
import { signatureContents } from '@/lib/signing/pades/signature-contents';
import { issueSigner, makeRoot, makeUnsignedPdf, signWithTestPki } from '@/tests/support/test-pki';

describe('collectValidationData', () => {
  it('refuses a signer certificate without any CRL distribution point or OCSP address', async () => {
    const root = await makeRoot('CN=Root Tanpa CDP');
    const signer = await issueSigner(root, 'Penanda Tangan', '3201010101900001');
    const signed = await signWithTestPki(await makeUnsignedPdf(), signer, [root.cert]);
    const cms = derPrefix(signatureContents(signed));
    await expect(collectValidationData(cms)).rejects.toThrow(/tidak ada data pencabutan \(CRL\/OCSP\) untuk "CN=Penanda Tangan/);
  });

  it('refuses a chain whose issuer is neither in the CMS nor named by an AIA address', async () => {
    const root = await makeRoot('CN=Root Tak Dikirim');
    const signer = await issueSigner(root, 'Penanda Tangan', '3201010101900001');
    const signed = await signWithTestPki(await makeUnsignedPdf(), signer, []);
    await expect(collectValidationData(derPrefix(signatureContents(signed)))).rejects.toThrow(/penerbit sertifikat .* tidak ditemukan/);
  });
});

describe('derPrefix', () => {
  it('cuts the /Contents zero padding by the DER length, and refuses what is not a definite SEQUENCE', () => {
    expect([...derPrefix(new Uint8Array([0x30, 0x02, 0x05, 0x00, 0, 0, 0]))]).toEqual([0x30, 0x02, 0x05, 0x00]);
    const long = new Uint8Array([0x30, 0x81, 0x80, ...new Uint8Array(0x80), 0, 0]);
    expect(derPrefix(long)).toHaveLength(0x83);
    expect(() => derPrefix(new Uint8Array([0x04, 0x01, 0x00]))).toThrow(/not a DER SEQUENCE/);
    expect(() => derPrefix(new Uint8Array([0x30, 0x80, 0x00, 0x00]))).toThrow(/no definite DER length/);
    expect(() => derPrefix(new Uint8Array([0x30, 0x05, 0x00]))).toThrow(/shorter than its DER length/);
  });
});
