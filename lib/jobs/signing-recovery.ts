// The recovery sweep of signing (recover-signing.ts), at startup and then every SIGNING_RECOVERY_MS
// (10 s), in the long-lived launcher process. Each instance may run it; it is idempotent. Not a job
// queue: the sweep carries no payload, and signing itself never becomes a job because its
// passphrase may only live in the memory of the process that signs.
import { recoverSigning } from '@/lib/services/tanda-tangan/recover-signing';

export interface RunningSweep {
  stop(): void;
}

export async function startSigningRecovery(intervalMs = Number(process.env.SIGNING_RECOVERY_MS ?? 10_000)): Promise<RunningSweep> {
  const sweep = async () => {
    try {
      const report = await recoverSigning();
      if (report.freedTurns || report.orphanFiles) console.log(`Pemulihan tanda tangan: ${report.freedTurns} giliran dibebaskan, ${report.orphanFiles} berkas yatim dihapus.`);
    } catch (error) {
      console.error('[pemulihan tanda tangan]', error instanceof Error ? error.message : error);
    }
  };
  await sweep();
  const timer = setInterval(() => void sweep(), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
