// The /VRI key of a signature in the DSS (ETSI EN 319 142-1, 5.4.2.2): the upper-case hex SHA-1
// of the signature's /Contents string as stored, trailing zero padding included.
import { sha1 } from '../pki/der';

export function vriKey(signatureContents: Uint8Array): string {
  return Buffer.from(sha1(signatureContents)).toString('hex').toUpperCase();
}
