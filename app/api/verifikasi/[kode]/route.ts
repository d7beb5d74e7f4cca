import { NextResponse } from 'next/server';
import { z } from 'zod';
import { defineRoute } from '@/lib/actions/define-route';
import { clientAddress } from '@/lib/security/client-address';
import { limitVerifikasi } from '@/lib/security/rate-limit';
import { toJson } from '@/lib/services/verifikasi/result';
import { KODE_VERIFIKASI_PATTERN, verifyNaskahByKode } from '@/lib/services/verifikasi/verify-naskah-by-kode';

const kodeParams = z.object({ kode: z.string().regex(KODE_VERIFIKASI_PATTERN) });

// Public: the JSON behind the QR link of a signed naskah; counted per client address (429).
export const GET = defineRoute({ public: true, params: kodeParams }, async ({ request, params }) => {
  await limitVerifikasi(clientAddress(request.headers));
  return NextResponse.json(toJson(await verifyNaskahByKode({ kode: params.kode })));
});
