// The strict DER checker the PAdES tests rely on: it must flag each BER-only form (X.690 examples
// and the constructed eContent pkijs writes by default) and accept real DER.
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { describe, expect, it } from 'vitest';
import { derViolations } from '@/tests/integration/signing/support/strict-der';

const hex = (text: string) => new Uint8Array(Buffer.from(text.replace(/\s+/g, ''), 'hex'));

describe('derViolations', () => {
  it.each([
    ['constructed BIT STRING (X.690 8.6.4.2, definite form)', '23 0C 03 03 00 0A 3B 03 05 04 5F 29 1C D0', 'constructed encoding of universal type 3'],
    ['long-form length below 128', '04 81 01 AA', 'long-form length for a length below 128'],
    ['length with a leading zero octet', '04 82 00 81' + ' AA'.repeat(0x81), 'length with a leading zero octet'],
    ['INTEGER with a redundant leading zero', '02 02 00 7F', 'INTEGER not in its shortest form'],
    ['INTEGER with a redundant leading 0xFF', '02 02 FF 80', 'INTEGER not in its shortest form'],
    ['BOOLEAN TRUE as 0x01', '01 01 01', 'BOOLEAN TRUE other than 0xFF'],
    ['SET OF out of order', '31 06 02 01 05 02 01 03', 'SET OF members not in ascending order of their encodings'],
    ['GeneralizedTime with a trailing zero', Buffer.from('\x18\x1320261130001500.120Z', 'latin1').toString('hex'), 'not in DER form'],
    ['trailing bytes', '05 00 00', 'bytes after the DER value'],
  ])('flags %s', (_, bytes, rule) => {
    expect(derViolations(hex(bytes)).map((v) => v.rule).join('; ')).toContain(rule);
  });

  it('rejects an indefinite length', () => {
    expect(() => derViolations(hex('24 80 04 01 AA 00 00'))).toThrow(/indefinite/);
  });

  it('flags the constructed OCTET STRING pkijs makes of an eContent passed to its constructor', () => {
    const info = new pkijs.EncapsulatedContentInfo({ eContentType: '1.2.840.113549.1.9.16.1.4', eContent: new asn1js.OctetString({ valueHex: new Uint8Array([1, 2, 3]).buffer }) });
    expect(derViolations(new Uint8Array(info.toSchema().toBER())).map((v) => v.rule)).toContain('constructed encoding of universal type 4');
  });

  it('accepts DER: sorted SET OF, minimal INTEGER, primitive strings, whole-second time', () => {
    const body = hex(`31 06 02 01 03 02 01 05 02 02 00 80 04 02 AB CD ${Buffer.from('\x18\x0f20261130001500Z', 'latin1').toString('hex')}`);
    const der = new Uint8Array([0x30, body.length, ...body]);
    expect(derViolations(der)).toEqual([]);
  });
});
