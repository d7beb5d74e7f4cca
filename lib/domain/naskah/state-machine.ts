// The life of an internally drafted naskah: one transition table, states x events. Services call
// assertTransition inside their transaction, after re-reading the status, so a naskah never moves
// along an edge that is not listed here.
import { DomainError } from '@/lib/domain/errors';
import { STATUS_NASKAH_LABEL } from './labels';

export type StatusNaskah = keyof typeof STATUS_NASKAH_LABEL;
export const STATUS_NASKAH = Object.keys(STATUS_NASKAH_LABEL) as StatusNaskah[];

export const EVENT_NASKAH = [
  /** The drafter saves (or autosaves) the konsep. */
  'simpan',
  /** The drafter submits to the first verifikator. */
  'ajukan',
  /** The drafter submits with an empty chain: straight to the signer. */
  'ajukanTanpaVerifikasi',
  /** A verifikator gives paraf and more verifikator follow. */
  'paraf',
  /** The last verifikator gives paraf: the naskah is ready to sign. */
  'siapTandaTangan',
  /** The verifikator whose turn it is edits the text (a new version). */
  'ubahOlehVerifikator',
  /** A verifikator (or the signer) returns it to the drafter with notes. */
  'kembalikan',
  /** The drafter pulls it back from the chain to keep writing. */
  'tarik',
  /** The drafter abandons the konsep. */
  'batalkan',
  /** The signer signs (lib/services of the signing area). */
  'tandatangani',
] as const;
export type EventNaskah = (typeof EVENT_NASKAH)[number];

type Table = Record<StatusNaskah, Partial<Record<EventNaskah, StatusNaskah>>>;

export const TRANSITIONS: Table = {
  KONSEP: {
    simpan: 'KONSEP',
    ajukan: 'VERIFIKASI',
    ajukanTanpaVerifikasi: 'MENUNGGU_TANDA_TANGAN',
    batalkan: 'DIBATALKAN',
  },
  VERIFIKASI: {
    paraf: 'VERIFIKASI',
    siapTandaTangan: 'MENUNGGU_TANDA_TANGAN',
    ubahOlehVerifikator: 'VERIFIKASI',
    kembalikan: 'DIKEMBALIKAN',
    tarik: 'KONSEP',
  },
  DIKEMBALIKAN: {
    simpan: 'DIKEMBALIKAN',
    ajukan: 'VERIFIKASI',
    ajukanTanpaVerifikasi: 'MENUNGGU_TANDA_TANGAN',
    batalkan: 'DIBATALKAN',
  },
  // Nobody edits a naskah waiting for its signature: the signer signs what the chain initialled.
  MENUNGGU_TANDA_TANGAN: {
    kembalikan: 'DIKEMBALIKAN',
    tarik: 'KONSEP',
    tandatangani: 'DITANDATANGANI',
  },
  DITANDATANGANI: {},
  TERCATAT: {},
  DIBATALKAN: {},
};

const REFUSAL: Record<EventNaskah, string> = {
  simpan: 'Naskah ini tidak dapat diubah lagi oleh pengonsep',
  ajukan: 'Naskah ini tidak dapat diajukan',
  ajukanTanpaVerifikasi: 'Naskah ini tidak dapat diajukan',
  paraf: 'Naskah ini tidak sedang menunggu paraf',
  siapTandaTangan: 'Naskah ini tidak sedang menunggu paraf',
  ubahOlehVerifikator: 'Naskah ini tidak dapat diubah oleh verifikator',
  kembalikan: 'Naskah ini tidak dapat dikembalikan',
  tarik: 'Naskah ini tidak dapat ditarik',
  batalkan: 'Naskah ini tidak dapat dibatalkan',
  tandatangani: 'Naskah ini tidak sedang menunggu tanda tangan',
};

export function nextStatus(status: StatusNaskah, event: EventNaskah): StatusNaskah | null {
  return TRANSITIONS[status][event] ?? null;
}

export class TransitionError extends DomainError {
  constructor(
    readonly status: StatusNaskah,
    readonly event: EventNaskah,
  ) {
    super(`${REFUSAL[event]} karena statusnya "${STATUS_NASKAH_LABEL[status]}".`);
    this.name = 'TransitionError';
  }
}

/** The status after `event`, or a TransitionError with a message the person can read. */
export function assertTransition(status: StatusNaskah, event: EventNaskah): StatusNaskah {
  const next = nextStatus(status, event);
  if (next === null) throw new TransitionError(status, event);
  return next;
}

/** States in which the drafter may still change the text. */
export function isEditableByDrafter(status: StatusNaskah): boolean {
  return nextStatus(status, 'simpan') !== null;
}
