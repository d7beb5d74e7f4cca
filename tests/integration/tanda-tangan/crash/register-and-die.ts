// A real process that registers an incoming letter and SIGKILLs itself the moment its scan is in
// storage (stageUpload done), before the transaction that would own it. Run by upload-crash.test.ts.
import { registerSuratMasukSchema } from '@/lib/domain/surat-masuk/registration-schema';
import { loadActor } from '@/lib/services/auth/load-actor';
import { registerSuratMasuk } from '@/lib/services/pencatatan/register-surat-masuk';
import { getStorage } from '@/lib/storage';
import { asFile, tinyPdf } from '../../../support/fixtures';

const [pegawaiId] = process.argv.slice(2) as [string];

const storage = getStorage();
const put = storage.put.bind(storage);
storage.put = async (key, bytes, type) => {
  await put(key, bytes, type);
  process.kill(process.pid, 'SIGKILL');
};

const actor = await loadActor(pegawaiId, {});
if (!actor) throw new Error('no actor');
const input = registerSuratMasukSchema.parse({
  nomor: `005/${Date.now()}/KRASH`,
  tanggalSurat: '2026-11-20',
  pengirimNama: 'Kementerian Dalam Negeri',
  perihal: 'Surat yang tidak sempat dicatat',
  pindaian: asFile(await tinyPdf(), 'surat.pdf'),
});
await registerSuratMasuk(actor, input);
process.exit(0);
