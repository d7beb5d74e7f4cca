'use client';
// What a form held when its action found the session ended (the 8 hours ran out while a pejabat
// typed a disposisi, or an admin ended the session): kept in this tab's sessionStorage, so the same
// form on the same page is filled again once the person has signed in and come back
// (useFormAction). Only for the person and post who typed it, for an hour, and taken once. Text
// only: a chosen file cannot be kept, so the form asks for it again. Signing out forgets it all.

const AWALAN = 'eoffice:isian:';
/** Signing in again takes a minute; a draft older than this is from another day's work. */
const UMUR_MAKS_MS = 60 * 60 * 1000;

export interface PemilikIsian {
  pegawaiId: string;
  jabatanId: string | null;
}

/** A form's text fields in order, as FormData gave them (several values of one name stay apart). */
export type Isian = [name: string, value: string][];

interface Simpanan {
  pemilik: PemilikIsian;
  waktu: number;
  isian: Isian;
  adaBerkas: boolean;
}

const kunci = (halaman: string, form: string) => `${AWALAN}${form}@${halaman}`;

/** Fields never kept, whatever form carries them: a signing passphrase or TOTP code, a password. */
const RAHASIA = /passphrase|password|sandi|totp/i;

/** Keeps a submitted form's text fields for `halaman` (the page the sign-in returns to). */
export function simpanIsian(halaman: string, form: string, pemilik: PemilikIsian, data: FormData): void {
  const isian: Isian = [];
  let adaBerkas = false;
  for (const [name, value] of data) {
    if (name.startsWith('$ACTION') || RAHASIA.test(name)) continue;
    if (typeof value === 'string') isian.push([name, value]);
    else if (value.size > 0) adaBerkas = true;
  }
  const simpanan: Simpanan = { pemilik, waktu: Date.now(), isian, adaBerkas };
  try {
    sessionStorage.setItem(kunci(halaman, form), JSON.stringify(simpanan));
  } catch {
    // Storage full or switched off: the form is lost as before, nothing else breaks.
  }
}

/** The kept fields of `form` on `halaman` for this person and post, removed as they are read. */
export function ambilIsian(halaman: string, form: string, pemilik: PemilikIsian): { isian: Isian; adaBerkas: boolean } | null {
  let simpanan: Simpanan | null;
  try {
    const teks = sessionStorage.getItem(kunci(halaman, form));
    if (teks === null) return null;
    sessionStorage.removeItem(kunci(halaman, form));
    simpanan = JSON.parse(teks) as Simpanan | null;
  } catch {
    return null;
  }
  if (typeof simpanan !== 'object' || simpanan === null) return null;
  const milikIni = simpanan.pemilik?.pegawaiId === pemilik.pegawaiId && simpanan.pemilik.jabatanId === pemilik.jabatanId;
  if (!milikIni || !(Date.now() - simpanan.waktu < UMUR_MAKS_MS) || !Array.isArray(simpanan.isian)) return null;
  return { isian: simpanan.isian.filter((e) => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'string'), adaBerkas: simpanan.adaBerkas === true };
}

/** Forgets every kept form in this tab (on signing out). */
export function lupakanIsian(): void {
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(AWALAN)) sessionStorage.removeItem(key);
  } catch {
    // Nothing kept when storage is off.
  }
}

const SKIPPED = new Set(['hidden', 'password', 'file', 'submit', 'button', 'reset', 'image']);

/** Sets a field as typing would, so a controlled React field (onChange) takes the value too. */
function ketik(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The event a hidden field marked `data-pulihkan` receives with its kept value (detail): its component takes it back into state. */
export const PULIHKAN_EVENT = 'eoffice:pulihkan';

/**
 * Fills a form's visible fields from kept `isian`, by name: text, dates, selects and text areas take
 * their values in order, boxes are ticked as they were. Hidden fields are the page's own (ids) or
 * a component's state, which a form with such state restores itself (useFormAction's `pulihkan`),
 * or which the component takes back itself when its hidden field is marked `data-pulihkan`
 * (PULIHKAN_EVENT: a pick made by searching, PilihCari).
 */
export function isiKembali(form: HTMLFormElement | null, isian: Isian): void {
  if (!form) return;
  const nilai = new Map<string, string[]>();
  for (const [name, value] of isian) nilai.set(name, [...(nilai.get(name) ?? []), value]);
  const dipakai = new Map<string, number>();
  for (const el of Array.from(form.elements)) {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) || !el.name || el.disabled) continue;
    const values = nilai.get(el.name) ?? [];
    if (el instanceof HTMLInputElement && el.type === 'hidden' && el.dataset.pulihkan !== undefined) {
      if (values[0]) el.dispatchEvent(new CustomEvent(PULIHKAN_EVENT, { detail: values[0] }));
      continue;
    }
    if (el instanceof HTMLInputElement && SKIPPED.has(el.type)) continue;
    if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
      if (el.checked !== values.includes(el.value)) el.click();
    } else if (el instanceof HTMLSelectElement && el.multiple) {
      for (const option of Array.from(el.options)) option.selected = values.includes(option.value);
      el.dispatchEvent(new Event('change', { bubbles: true }));
    } else if (values.length > 0) {
      const i = dipakai.get(el.name) ?? 0;
      dipakai.set(el.name, i + 1);
      if (i < values.length) ketik(el, values[i]!);
    }
  }
}
