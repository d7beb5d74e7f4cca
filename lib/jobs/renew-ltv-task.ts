// The daily renewal as the job queue runs it: the validation-data source from configuration, then
// renewLtv. Separate from renewLtv so tests give it a moved clock and run exactly what the cron runs.
import { renewLtv, type RenewLtvResult } from './renew-ltv';
import { renewalLtvSource } from './renew-ltv-source';

export async function runRenewLtv({ now, env = process.env, limit }: { now: Date; env?: NodeJS.ProcessEnv; limit?: number }): Promise<RenewLtvResult> {
  return renewLtv({ now, ltv: renewalLtvSource({ now, env }), limit });
}
