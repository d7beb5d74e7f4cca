import { findCurrentActor } from '@/lib/actions/current-actor';
import { getBatchTandaTangan } from '@/lib/services/tanda-tangan/get-batch-tanda-tangan';

/** The signed-in person's latest batch and the state of each document in it (polled by the list). */
export async function GET() {
  const actor = await findCurrentActor();
  if (!actor) return Response.json({ message: 'Silakan masuk terlebih dahulu.' }, { status: 401 });
  return Response.json(await getBatchTandaTangan(actor), { headers: { 'cache-control': 'no-store' } });
}
