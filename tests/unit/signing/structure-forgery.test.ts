// Universal Signature Forgery (CCS 2019) and the "nothing hidden" rule: every signature field or
// dictionary, however malformed, is listed as a failed signature with its reason, and a damaged
// signed file is called damaged, never "tidak memuat tanda tangan".
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as pkijs from 'pkijs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { parseCrl } from '@/lib/signing/verify/revocation';
import { verifyStructureSafely } from '@/lib/signing/verify/verify-task';
import { issueSigner, makeCrl, makeRoot, signWithTestPki, type TestEntity } from '@/tests/support/test-pki';
import { appendUpdate, handMadeBase, handMadePdf, lastStartXref } from '@/tests/support/structure-attacks';


// Building the attack files and rendering pages takes seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
let root: TestEntity;
let options: Parameters<typeof verifyStructureSafely>[1];
let signed: Uint8Array;

beforeAll(async () => {
  root = await makeRoot('CN=Root Uji Pemalsuan');
  const signer = await issueSigner(root, 'Andi Wijaya', '3201010101900003');
  options = { trustedRoots: [pkijs.Certificate.fromBER(root.cert.rawData)], caRevocation: { crls: [parseCrl(await makeCrl(root, []))!], ocsps: [] } };
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText('Surat uji', { x: 72, y: 760, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
  signed = await signWithTestPki(await doc.save({ useObjectStreams: false }), signer, [root.cert]);
});

const verify = (pdf: Uint8Array) => verifyStructureSafely(pdf, options);

/** A forged document: one signature field (6) whose value is the given signature dictionary (7). */
function forged(signature: string, field = '<< /Type /Annot /Subtype /Widget /FT /Sig /T (TTE) /Rect [0 0 0 0] /P 3 0 R /V 7 0 R >>') {
  const base = handMadeBase('Surat Keputusan palsu', '/Annots [6 0 R]');
  base[0] = '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R] /SigFlags 3 >> >>';
  return handMadePdf([...base, field, signature]);
}

const SIG = '/Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached';
const CMS_LIKE = `<${'30820a'.padEnd(64, 'ab')}>`;

describe('Universal Signature Forgery', () => {
  const cases: [string, string, RegExp][] = [
    ['/Contents missing', `<< ${SIG} /ByteRange [0 10 20 10] >>`, /tidak memiliki \/Contents/],
    ['/Contents empty', `<< ${SIG} /ByteRange [0 10 20 10] /Contents <> >>`, /\/Contents tanda tangan kosong/],
    ['/Contents all zeros', `<< ${SIG} /ByteRange [0 10 20 10] /Contents <${'0'.repeat(512)}> >>`, /\/Contents tanda tangan kosong/],
    ['/Contents a literal string', `<< ${SIG} /ByteRange [0 10 20 10] /Contents (x) >>`, /bukan string heksadesimal/],
    ['/ByteRange missing', `<< ${SIG} /Contents ${CMS_LIKE} >>`, /tidak memiliki \/ByteRange/],
    ['/ByteRange [0 0 0 0]', `<< ${SIG} /ByteRange [0 0 0 0] /Contents ${CMS_LIKE} >>`, /\/ByteRange \[0 0 0 0\] tidak menutupi berkas/],
    ['/ByteRange negative', `<< ${SIG} /ByteRange [0 -10 20 10] /Contents ${CMS_LIKE} >>`, /bukan empat bilangan bulat tidak negatif/],
    ['/ByteRange overlapping', `<< ${SIG} /ByteRange [0 100 50 100] /Contents ${CMS_LIKE} >>`, /\/ByteRange \[0 100 50 100\] tidak menutupi/],
    ['/ByteRange outside the file', `<< ${SIG} /ByteRange [0 10 20 999999999] /Contents ${CMS_LIKE} >>`, /\/ByteRange \[0 10 20 999999999\] tidak menutupi/],
    ['/ByteRange length 10^18', `<< ${SIG} /ByteRange [0 10 20 1000000000000000000] /Contents ${CMS_LIKE} >>`, /bukan empat bilangan bulat tidak negatif/],
    ['/ByteRange of the wrong type', `<< ${SIG} /ByteRange (0 10 20 10) /Contents ${CMS_LIKE} >>`, /bukan empat bilangan bulat tidak negatif/],
    ['/ByteRange whose gap is not the /Contents', `<< ${SIG} /ByteRange [0 10 20 10] /Contents ${CMS_LIKE} >>`, /Celah \/ByteRange tidak tepat sama dengan \/Contents/],
  ];
  for (const [name, signature, reason] of cases) {
    it(`lists a signature with ${name} as failed, with the reason`, async () => {
      const result = await verify(forged(signature));
      expect(result.conclusion).toBe('INVALID');
      expect(result.signatures).toHaveLength(1);
      expect(result.signatures[0]).toMatchObject({ status: 'INVALID', trusted: false });
      expect(result.signatures[0].reasons.join(' ')).toMatch(reason);
    });
  }

  it('lists a signature field whose /V points nowhere', async () => {
    const result = await verify(forged('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>', '<< /FT /Sig /T (TTE) /V 99 0 R >>'));
    expect(result.conclusion).toBe('INVALID');
    expect(result.signatures[0].reasons.join(' ')).toMatch(/merujuk ke objek 99 yang tidak ada/);
  });

  it('lists a /Sig dictionary that no AcroForm field refers to', async () => {
    const base = handMadeBase();
    const pdf = handMadePdf([...base, `<< ${SIG} /ByteRange [0 10 20 10] /Contents ${CMS_LIKE} >>`]);
    const result = await verify(pdf);
    expect(result.conclusion).toBe('INVALID');
    expect(result.signatures[0].reasons.join(' ')).toMatch(/Kamus tanda tangan objek 6 tidak terdaftar pada formulir/);
  });

  it('lists a signature dictionary hidden outside the cross-reference data', async () => {
    const pdf = Buffer.concat([handMadePdf(handMadeBase()), Buffer.from(`%\u0000\n9 0 obj << ${SIG} /ByteRange [0 10 20 10] /Contents ${CMS_LIKE} >> endobj\n`)]);
    const result = await verify(pdf);
    expect(result.conclusion).toBe('INVALID');
    expect(result.signatures[0].reasons.join(' ')).toMatch(/tidak termasuk struktur dokumen/);
  });

  it('finds no signature in an unsigned hand-made file', async () => {
    expect(await verify(handMadePdf(handMadeBase()))).toMatchObject({ conclusion: 'NO_SIGNATURE', signatures: [] });
  });
});

describe('damaged files', () => {
  it('calls a truncated signed file damaged and still lists its signature as failed', async () => {
    const cut = signed.subarray(0, Math.floor(signed.length * 0.98));
    const result = await verify(cut);
    expect(result.conclusion).toBe('INVALID');
    expect(result.summary).toMatch(/^Berkas PDF rusak: /);
    expect(result.signatures).toHaveLength(1);
    expect(result.signatures[0].reasons.join(' ')).toMatch(/Berkas rusak/);
  });

  it('calls a file whose /Prev chain loops damaged', async () => {
    const looped = appendUpdate(signed, [{ num: 1, body: '<< >>' }], { root: 1, size: 2, prev: 'self' });
    const result = await verify(looped);
    expect(result.conclusion).toBe('INVALID');
    expect(result.summary).toMatch(/rusak: rantai \/Prev tabel referensi silang berputar/);
  });

  it('calls a file whose startxref points outside it damaged', async () => {
    const text = Buffer.from(signed).toString('latin1');
    const broken = Buffer.from(text.replace(/startxref\s+\d+\s+%%EOF\s*$/, 'startxref\n99999999\n%%EOF\n'), 'latin1');
    expect(lastStartXref(broken)).toBe(99999999);
    const result = await verify(broken);
    expect(result.summary).toMatch(/rusak: "startxref" menunjuk ke luar berkas/);
    expect(result.signatures[0].status).toBe('INVALID');
  });
});
