'use server';

import { defineAction } from '@/lib/actions/define-action';
import { batchSignFormSchema, requestTotpFormSchema } from '@/lib/domain/tanda-tangan/sign-form-schema';
import { requestTotp } from '@/lib/services/tanda-tangan/request-totp';
import { startBatchTandaTangan } from '@/lib/services/tanda-tangan/start-batch-tanda-tangan';

/** Starts the batch and answers at once; the page follows its progress from the server. */
export const startBatchTandaTanganAction = defineAction(batchSignFormSchema, async (actor, { naskahIds, passphrase }) => {
  await startBatchTandaTangan({ actor, naskahIds, passphrase });
  return { ok: true, message: `Penandatanganan ${naskahIds.length} naskah dimulai.` };
});

/** BSRE_AUTH=totp: BSrE sends the signer a one-time code (e-mail or BeSign) to type instead of the passphrase. */
export const requestTotpAction = defineAction(requestTotpFormSchema, async (actor, { documents }) => {
  await requestTotp({ actor, documents });
  return { ok: true, message: 'Kode TOTP dikirim BSrE ke e-mail atau aplikasi BeSign Anda. Ketik kode itu di bawah.' };
});
