// A real process that signs one naskah and kills itself with SIGKILL at the step named in argv:
//   nomor     the turn is held and the number read, the signer has not answered
//   signer    the signer answered; nothing written yet
//   stored    the signed file is in storage, the final transaction has not run
//   committed signNaskah returned
// Run by crash-safety.test.ts through tsx; DATABASE_URL and STORAGE_DIR come from the test.
import { getStorage } from '@/lib/storage';
import { loadActor } from '@/lib/services/auth/load-actor';
import { signNaskah } from '@/lib/services/tanda-tangan/sign-naskah';
import type { PdfSigner } from '@/lib/signing/types';

const [naskahId, pegawaiId, step] = process.argv.slice(2) as [string, string, 'nomor' | 'signer' | 'stored' | 'committed'];
const die = () => process.kill(process.pid, 'SIGKILL');

const signer: PdfSigner = {
  backend: 'mock-ca',
  checkStatus: async () => 'ISSUE',
  async signPdf(input) {
    if (step === 'nomor') die();
    if (step === 'signer') setImmediate(die);
    return { pdf: input.pdf, signedAt: new Date() };
  },
  signPdfBatch: async () => {
    throw new Error('not used');
  },
};

const storage = getStorage();
const put = storage.put.bind(storage);
storage.put = async (key, bytes, type) => {
  await put(key, bytes, type);
  if (step === 'stored') die();
};

const actor = await loadActor(pegawaiId, {});
if (!actor) throw new Error('no actor');
await signNaskah({ actor, naskahId, passphrase: 'Rahasia#Uji123' }, signer);
if (step === 'committed') die();
process.exit(0);
