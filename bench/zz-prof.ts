import * as pkijs from 'pkijs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { verifyStructureSafely } from '@/lib/signing/verify/verify-task';
import { issueSigner, makeRoot, signWithTestPki } from '@/tests/support/test-pki';
import { appendUpdate, objectsOf } from '@/tests/support/structure-attacks';
const root = await makeRoot('CN=R');
const signer = await issueSigner(root, 'A', '1');
const doc = await PDFDocument.create();
for (let i=0;i<2;i++) doc.addPage([595, 842]).drawText('Surat uji', { x: 72, y: 760, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
const signed = await signWithTestPki(await doc.save({ useObjectStreams: false }), signer, [root.cert]);
const o = await objectsOf(signed);
const tiny = Array.from({ length: 32_000 }, (_, i) => ({ num: o.size + i, body: '<< >>' }));
const t0=performance.now();
const big = appendUpdate(signed, tiny, { root: o.root, size: o.size + tiny.length });
console.log('build', performance.now()-t0);
const options = { trustedRoots: [pkijs.Certificate.fromBER(root.cert.rawData)] };
for (const [name, pdf] of [['genuine', signed], ['tiny', big]] as const) {
  for (let i=0;i<4;i++){ const t=performance.now(); const r = await verifyStructureSafely(pdf, options); console.log(name, r.conclusion, (performance.now()-t).toFixed(1)); }
}
