// The verifier on what the project's own signer makes: PAdES B-LT from the mock CA (time-stamp,
// DSS with CRL/OCSP), and the same document after the signer's certificate was revoked.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pkijs from 'pkijs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCa } from '@/lib/signing/mock-ca/ca-store';
import { buildCrl } from '@/lib/signing/mock-ca/crl';
import { ensureCertificate, revokeCertificate } from '@/lib/signing/mock-ca/certificates';
import { MockCaSigner } from '@/lib/signing/mock-ca/mock-ca-signer';
import { createSampleNaskahPdf } from '@/lib/signing/sample/sample-naskah-pdf';
import { verifyPdf, type VerifyOptions } from '@/lib/signing/verify';
import { parseCrl } from '@/lib/signing/verify/revocation';
import { createInstansi, createOpd, createPegawai } from '../support/factories';

const PASSPHRASE = 'Rahasia#Uji2026';
let trustedRoots: pkijs.Certificate[];

beforeAll(async () => {
  process.env.MOCK_CA_DIR = path.join(await mkdtemp(path.join(tmpdir(), 'verify-ca-')), 'ca');
  const ca = await loadCa();
  trustedRoots = [pkijs.Certificate.fromBER(ca.root.der.slice().buffer)];
});

async function signedByNewHolder() {
  const instansi = await createInstansi();
  const opd = await createOpd(instansi.id);
  const pegawai = await createPegawai(instansi.id, opd.id);
  await ensureCertificate({ id: pegawai.id, nama: pegawai.nama, nik: pegawai.nik, instansi: instansi.nama }, PASSPHRASE);
  const { pdf } = await new MockCaSigner().signPdf({ pdf: await createSampleNaskahPdf(), nik: pegawai.nik, passphrase: PASSPHRASE, reason: 'Uji' });
  return { pdf, pegawai };
}

describe('verifyPdf on mock CA signatures', () => {
  it('reports a mock CA signature as valid PAdES B-LTA with a trusted time-stamp and revocation data from the DSS', async () => {
    const { pdf, pegawai } = await signedByNewHolder();
    const result = await verifyPdf(pdf, { trustedRoots });
    expect(result.conclusion).toBe('VALID');
    const [s] = result.signatures.filter((x) => x.kind === 'SIGNATURE');
    expect(s).toMatchObject({ signerName: pegawai.nama, signerNik: pegawai.nik, trusted: true, level: 'B-LTA', status: 'VALID' });
    expect(s.timeStamp).toMatchObject({ trusted: true, indication: 'TOTAL_PASSED' });
    expect(s.timeStampTime).not.toBeNull();
    expect(s.revocation).toMatchObject({ status: 'GOOD', source: 'DSS' });
    // The DSS came as a later incremental update: reported, and not a content change.
    expect(s.changes).toMatchObject({ addedDss: true, contentChanges: [] });
  });

  it('is not trusted by a verifier that trusts only other roots', async () => {
    const { pdf } = await signedByNewHolder();
    const result = await verifyPdf(pdf, { trustedRoots: [] });
    expect(result.conclusion).toBe('INVALID');
  });

  it('keeps a signature made before the certificate was revoked valid, with the later revocation noted', async () => {
    const { pdf, pegawai } = await signedByNewHolder();
    // CRL times have whole seconds: revoke clearly after the signature's time-stamp.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await revokeCertificate(pegawai.nik, 'keyCompromise');
    const options: VerifyOptions = { trustedRoots, caRevocation: { crls: [parseCrl(await buildCrl())!], ocsps: [] } };
    const result = await verifyPdf(pdf, options);
    expect(result.conclusion).toBe('VALID');
    const [s] = result.signatures;
    expect(s.revocation.status).toBe('GOOD');
    expect(s.revocation.revokedAt).not.toBeNull();
    expect(s.level).toBe('B-LTA');
    expect(s.reason).toBe('Uji');
  });

  it('reports a mock CA signature on a tampered copy as invalid', async () => {
    const { pdf } = await signedByNewHolder();
    const tampered = Buffer.from(pdf);
    const at = tampered.indexOf('/MediaBox');
    tampered[at + 12] = tampered[at + 12] === 0x31 ? 0x32 : 0x31;
    const result = await verifyPdf(tampered, { trustedRoots });
    expect(result.conclusion).toBe('INVALID');
  });
});
