// The DSS update: a second round (the document time-stamp's validation data, a renewal) adds a VRI
// entry and only the certificates, CRLs and OCSP responses not already stored; what is already
// there is referenced again, so the file does not grow by a copy of the same path each round.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { appendDss } from '@/lib/signing/pades/dss';
import { vriKey } from '@/lib/signing/pades/vri';

const bytes = (...values: number[]) => new Uint8Array(values);

async function dssOf(pdf: Uint8Array) {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const dss = doc.catalog.lookup(PDFName.of('DSS'), PDFDict);
  const contents = (array: PDFArray) => array.asArray().map((ref) => Buffer.from((doc.context.lookup(ref as PDFRef) as PDFRawStream).getContents()).toString('hex'));
  return {
    list: (key: string) => contents(dss.lookup(PDFName.of(key), PDFArray)),
    vri: (key: string) => {
      const entry = dss.lookup(PDFName.of('VRI'), PDFDict).lookup(PDFName.of(key), PDFDict);
      return { Cert: contents(entry.lookup(PDFName.of('Cert'), PDFArray)), CRL: contents(entry.lookup(PDFName.of('CRL'), PDFArray)), OCSP: contents(entry.lookup(PDFName.of('OCSP'), PDFArray)) };
    },
  };
}

describe('appendDss', () => {
  it('stores each certificate, CRL and OCSP response once, and gives every signature its own VRI entry', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.addPage([200, 200]);
    const plain = await doc.save({ useObjectStreams: false });
    const signature = bytes(0x30, 0x01, 0x00);
    const docTimeStamp = bytes(0x30, 0x01, 0x01);

    const first = await appendDss(plain, signature, { certificates: [bytes(1), bytes(2), bytes(1)], crls: [bytes(3)], ocsps: [bytes(4)] });
    const second = await appendDss(first, docTimeStamp, { certificates: [bytes(2), bytes(5)], crls: [bytes(3)], ocsps: [bytes(6)] });
    expect(Buffer.from(second.subarray(0, first.length)).equals(Buffer.from(first))).toBe(true);

    const dss = await dssOf(second);
    expect(dss.list('Certs')).toEqual(['01', '02', '05']);
    expect(dss.list('CRLs')).toEqual(['03']);
    expect(dss.list('OCSPs')).toEqual(['04', '06']);
    expect(dss.vri(vriKey(signature))).toEqual({ Cert: ['01', '02'], CRL: ['03'], OCSP: ['04'] });
    expect(dss.vri(vriKey(docTimeStamp))).toEqual({ Cert: ['02', '05'], CRL: ['03'], OCSP: ['06'] });
    // Only the new certificate and OCSP response were written again as streams.
    const streamsIn = (pdf: Uint8Array) => Buffer.from(pdf).toString('latin1').match(/\bstream\r?\n/g)?.length ?? 0;
    expect(streamsIn(second.subarray(first.length))).toBe(2);
  });
});
