'use server';

import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { registerSuratMasukFormSchema } from '@/lib/domain/surat-masuk/registration-schema';
import { registerSuratMasuk } from '@/lib/services/pencatatan/register-surat-masuk';

export const registerSuratMasukAction = defineAction(registerSuratMasukFormSchema, async (actor, input) => {
  const naskah = await registerSuratMasuk(actor, input);
  redirect(`/pencatatan?agenda=${naskah.nomorAgenda}`);
});
