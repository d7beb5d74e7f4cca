// The daily renewal as the job queue runs it: the validation-data source and the verifier's trust
// from the same configuration (SIGNER_BACKEND; with BSrE the roots in SIGNATURE_TRUSTED_ROOTS), then
// renewLtv. Separate from renewLtv so tests give it a moved clock and run exactly what the cron runs.
import { defaultVerifyOptions, verifyPdf } from '@/lib/signing/verify';
import { renewLtv, type RenewLtvResult } from './renew-ltv';
import { renewalLtvSource } from './renew-ltv-source';

export async function runRenewLtv({ now, env = process.env, limit, opdId }: { now: Date; env?: NodeJS.ProcessEnv; limit?: number; opdId?: string }): Promise<RenewLtvResult> {
  const verify = async (pdf: Uint8Array, at: Date) => verifyPdf(pdf, { ...(await defaultVerifyOptions(env)), now: at });
  return renewLtv({ now, ltv: renewalLtvSource({ now, env }), limit, opdId, verify });
}
