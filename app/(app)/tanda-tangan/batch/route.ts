import { defineRoute } from '@/lib/actions/define-route';
import { getBatchTandaTangan } from '@/lib/services/tanda-tangan/get-batch-tanda-tangan';

/** The signed-in person's latest batch and the state of each document in it (polled by the list). */
export const GET = defineRoute({}, async ({ actor }) => Response.json(await getBatchTandaTangan(actor), { headers: { 'cache-control': 'no-store' } }));
