import type { Actor } from '@/lib/authz/actor';
import { DomainError } from '@/lib/domain/errors';
import {
  DATA_SCHEMA,
  PESAN_AKUN_LAIN,
  PESAN_DITERAPKAN,
  PESAN_GAGAL,
  PESAN_JABATAN_LAIN,
  type HasilTindakanLuring,
  type TindakanLuringInput,
} from '@/lib/domain/offline/tindakan-luring-schema';
import { tolakUmurTindakan } from '@/lib/domain/offline/umur-tindakan';
import { giveDisposisi } from '@/lib/services/disposisi/give-disposisi';
import { reportTindakLanjut } from '@/lib/services/disposisi/report-tindak-lanjut';
import { approveNaskah } from '@/lib/services/naskah/approve-naskah';
import { openSurat } from '@/lib/services/surat-masuk/open-surat';
import { catatHasil, klaimKunci } from './sekali-per-kunci';

/** Runs one kind through the same service its online form calls. */
async function run(actor: Actor, input: TindakanLuringInput, now: Date): Promise<void> {
  switch (input.jenis) {
    case 'disposisi':
      await giveDisposisi(actor, DATA_SCHEMA.disposisi.parse(input.data), now);
      return;
    case 'tindak-lanjut':
      await reportTindakLanjut(actor, DATA_SCHEMA['tindak-lanjut'].parse(input.data), now);
      return;
    case 'paraf':
      await approveNaskah(actor, DATA_SCHEMA.paraf.parse(input.data).naskahId, now);
      return;
    case 'baca':
      await openSurat(actor, DATA_SCHEMA.baca.parse(input.data).naskahId, now);
      return;
  }
}

function refusal(error: unknown): string {
  if (error instanceof DomainError) return error.message;
  // A zod refusal of the stored fields: the same first message the online form would show.
  const issues = (error as { issues?: { message?: string }[] } | null)?.issues;
  if (Array.isArray(issues) && issues[0]?.message) return issues[0].message;
  return PESAN_GAGAL;
}

/**
 * Applies an action a phone made offline, at most once per key. The key is claimed first (a
 * unique index, so two replays racing each other cannot both pass); a replay of a claimed key is
 * answered with the recorded outcome and runs nothing. The claim and the service's own transaction
 * are separate, so a process that dies between them leaves the claim DIPROSES: the action is then
 * reported as unknown rather than risked twice. Keys are kept a while, not forever (umur-tindakan.ts).
 */
export async function applyTindakanLuring(actor: Actor, input: TindakanLuringInput, now = new Date()): Promise<HasilTindakanLuring> {
  if (input.pegawaiId !== actor.pegawaiId) return { status: 'DITOLAK', pesan: PESAN_AKUN_LAIN };
  // Not claimed: once the person picks that post again, the same key may still be sent.
  if (actor.activePost?.jabatanId !== input.jabatanId) return { status: 'DITOLAK', pesan: PESAN_JABATAN_LAIN };

  const earlier = await klaimKunci(actor, input, now);
  if (earlier) return earlier;

  // After the claim: a copy of an action already applied is answered with that, however late. A
  // new one made too long ago (or by a clock far ahead) is refused for good, its key then swept.
  const terlambat = tolakUmurTindakan(input.dibuatDi, now);
  if (terlambat) {
    await catatHasil(input.kunci, { status: 'DITOLAK', pesan: terlambat });
    return { status: 'DITOLAK', pesan: terlambat };
  }

  let outcome: HasilTindakanLuring;
  try {
    await run(actor, input, now);
    outcome = { status: 'DITERAPKAN', pesan: PESAN_DITERAPKAN[input.jenis] };
  } catch (error) {
    if (!(error instanceof DomainError) && !(error as { issues?: unknown })?.issues) {
      console.error('[tindakan-luring]', input.jenis, error instanceof Error ? error.name : 'error');
    }
    outcome = { status: 'DITOLAK', pesan: refusal(error) };
  }
  await catatHasil(input.kunci, outcome);
  return outcome;
}
