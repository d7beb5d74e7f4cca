'use server';

import { defineAction } from '@/lib/actions/define-action';
import { batchSignFormSchema } from '@/lib/domain/tanda-tangan/sign-form-schema';
import { startBatchTandaTangan } from '@/lib/services/tanda-tangan/start-batch-tanda-tangan';

/** Starts the batch and answers at once; the page follows its progress from the server. */
export const startBatchTandaTanganAction = defineAction(batchSignFormSchema, async (actor, { naskahIds, passphrase }) => {
  await startBatchTandaTangan({ actor, naskahIds, passphrase });
  return { ok: true, message: `Penandatanganan ${naskahIds.length} naskah dimulai.` };
});
