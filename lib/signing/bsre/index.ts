export { BsreSigner } from './bsre-signer';
export { readBsreConfig, type BsreConfig, type BsreApiVersion } from './config';
export { BsreConfigError } from './errors';
