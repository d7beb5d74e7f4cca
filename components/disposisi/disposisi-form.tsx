'use client';

import { useMemo, useRef, useState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { BATAS_WAKTU_CHIPS, tanggalSetelah } from '@/lib/domain/disposisi/batas-waktu';
import { cocokPenerima, SARING_PENERIMA_MULAI } from '@/lib/domain/disposisi/saring-penerima';
import { recipientOption, type RecipientOption, type RecipientView } from '@/lib/domain/disposisi/recipient-view';
import { karakterTakTercetak, saranKarakterTakTercetak } from '@/lib/domain/input/karakter-tercetak';
import { withOfflineQueue, PESAN_MENUNGGU_KONEKSI } from '@/lib/offline/with-offline-queue';
import { usePelakuLuring } from '@/lib/offline/luring-context';
import { FieldError } from '@/components/ui/field-error';
import { FormMessage } from '@/components/ui/form-message';
import { isiKembali, type Isian } from '@/components/ui/isian-tertunda';
import { HariDalamKata } from '@/components/ui/isian-tanggal';
import { useFormAction } from '@/components/ui/use-form-action';

export interface PresetOption {
  id: string;
  nama: string;
  penerima: string[];
  instruksi: string[];
  catatan: string | null;
  batasHari: number | null;
}

const DEFAULT_INSTRUKSI = 'Untuk ditindaklanjuti';
const defaultInstruksi = (offered: string[]) => (offered.includes(DEFAULT_INSTRUKSI) ? [DEFAULT_INSTRUKSI] : []);

/** A deadline chip (days from today) or a day picked in the calendar under "Lainnya". */
type Batas = { hari: number | null } | { tanggal: string };


/**
 * Phone-first, three taps from an open letter: a recipient, a deadline chip, send. The usual
 * instruction is already ticked; instructions are chips, and presets (one tap) bring their own
 * recipients, instructions, note and deadline. Everything else is under "Lainnya", where the
 * current choice can be saved as a preset. Offline, the disposisi waits on the phone
 * (lib/offline) and is sent when the network returns.
 */
export function DisposisiForm(props: {
  naskahId: string;
  recipients: RecipientView[];
  quickRecipientIds: string[];
  instruksi: string[];
  presets: PresetOption[];
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  savePresetAction: (prev: FormState, data: FormData) => Promise<FormState>;
}) {
  const pelaku = usePelakuLuring();
  const recipients = useMemo(() => props.recipients.map(recipientOption), [props.recipients]);
  const byId = useMemo(() => new Map(recipients.map((r) => [r.jabatanId, r])), [recipients]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [instruksi, setInstruksi] = useState<string[]>(() => defaultInstruksi(props.instruksi));
  const [catatan, setCatatan] = useState('');
  const [batas, setBatas] = useState<Batas>({ hari: null });
  const [sent, setSent] = useState<{ message: string; penerima: string } | null>(null);
  // The full recipient list (a checkbox per post under the actor, 20-odd in an office) is drawn
  // only once "Lainnya" opens: most disposisi use the quick buttons, and the page's HTML carried
  // the whole list on every letter (a third of the form's markup).
  const [lainnya, setLainnya] = useState(false);
  // What is typed in the full list's filter: not a form field, so never sent nor restored.
  const [saring, setSaring] = useState('');
  const action = useMemo(() => {
    const names = (data: FormData) =>
      data
        .getAll('penerima')
        .map((id) => byId.get(String(id))?.namaSingkat ?? 'penerima')
        .join(', ');
    const send = withOfflineQueue(props.action, pelaku, (data) => ({ jenis: 'disposisi', naskahId: props.naskahId, ringkasan: `Disposisi ke ${names(data)}` }));
    return async (prev: FormState, data: FormData): Promise<FormState> => {
      const result = await send(prev, data);
      // After sending, the confirmation stays and the form starts empty for the next disposisi.
      if (result.ok && result.message) {
        setSent({ message: result.message, penerima: names(data) });
        setChosen([]);
        setInstruksi(defaultInstruksi(props.instruksi));
        setCatatan('');
        setBatas({ hari: null });
        setSaring('');
      }
      return result;
    };
  }, [props.action, props.naskahId, props.instruksi, pelaku, byId]);
  // Back from signing in after the session ended: the choices are this form's state, put back from
  // what was sent (the hidden fields); the kecepatan select is a plain field.
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const pulihkan = (isian: Isian, el: HTMLFormElement | null) => {
    const semua = (name: string) => isian.filter(([n]) => n === name).map(([, v]) => v);
    const satu = (name: string) => semua(name)[0] ?? '';
    setChosen(semua('penerima').filter((id) => byId.has(id)));
    setInstruksi(semua('instruksi').filter((i) => props.instruksi.includes(i)));
    setCatatan(satu('catatan'));
    const hari = Number(satu('batasHari'));
    setBatas(satu('batasHari') !== '' && Number.isInteger(hari) ? { hari } : satu('batasWaktu') ? { tanggal: satu('batasWaktu') } : { hari: null });
    isiKembali(el, isian.filter(([n]) => n === 'derajatKecepatan'));
    if (detailsRef.current && (satu('catatan') || satu('derajatKecepatan') !== 'BIASA')) detailsRef.current.open = true;
  };
  const { state, pending, form } = useFormAction(action, { isian: 'disposisi', pulihkan });
  // Saving a preset sends the same fields to another action and leaves the form as it is.
  const { state: presetState, pending: presetPending, submit: submitPreset } = useFormAction(props.savePresetAction);

  const same = (a: string[], b: string[]) => a.length === b.length && a.every((v) => b.includes(v));
  const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);
  // A chosen post stays in the filtered list, so what is ticked is never hidden.
  const cocok = lainnya ? recipients.filter((r) => cocokPenerima(r, saring)) : [];
  const terlihat = lainnya ? recipients.filter((r) => chosen.includes(r.jabatanId) || cocok.includes(r)) : [];
  const quick = props.quickRecipientIds.map((id) => byId.get(id)).filter((r): r is RecipientOption => r !== undefined);
  // Sent as typed; only said, since the lembar disposisi prints a box for it.
  const takTercetak = useMemo(() => karakterTakTercetak(catatan), [catatan]);
  const batasHari = 'hari' in batas ? batas.hari : null;
  const batasWaktu = 'tanggal' in batas ? batas.tanggal : batas.hari === null ? '' : tanggalSetelah(batas.hari, new Date());
  const pick = (change: () => void) => {
    setSent(null);
    change();
  };

  return (
    <form {...form} className="space-y-4">
      <input type="hidden" name="naskahId" value={props.naskahId} />
      {chosen.map((id) => (
        <input key={id} type="hidden" name="penerima" value={id} />
      ))}
      {instruksi.map((i) => (
        <input key={i} type="hidden" name="instruksi" value={i} />
      ))}
      <input type="hidden" name="batasWaktu" value={batasWaktu} />
      <input type="hidden" name="batasHari" value={batasHari ?? ''} />

      {sent && (
        <div role="status" data-testid="disposisi-terkirim" className={`rounded-lg border px-3 py-3 text-sm ${sent.message === PESAN_MENUNGGU_KONEKSI ? 'border-amber-300 bg-amber-50 text-amber-900' : 'border-emerald-300 bg-emerald-50 text-emerald-900'}`}>
          <p className="font-semibold">{sent.message === PESAN_MENUNGGU_KONEKSI ? 'Menunggu koneksi' : '✓ Disposisi terkirim'}{sent.penerima ? ` · ${sent.penerima}` : ''}</p>
          <p>{sent.message}</p>
        </div>
      )}

      {props.presets.length > 0 && (
        <div className="flex flex-wrap gap-2" role="group" aria-label="Preset disposisi">
          {props.presets.map((p) => {
            const on = same(chosen, p.penerima) && same(instruksi, p.instruksi) && catatan === (p.catatan ?? '') && 'hari' in batas && batas.hari === p.batasHari;
            return (
              <button
                key={p.id}
                type="button"
                aria-pressed={on}
                onClick={() =>
                  pick(() => {
                    setChosen(p.penerima);
                    setInstruksi(p.instruksi);
                    setCatatan(p.catatan ?? '');
                    setBatas({ hari: p.batasHari });
                  })
                }
                className="chip chip-preset"
              >
                {p.nama}
              </button>
            );
          })}
        </div>
      )}

      <fieldset>
        <legend className="mb-2 text-sm font-semibold text-slate-700">Kepada</legend>
        <div className="grid grid-cols-2 gap-2" role="group" aria-label="Penerima cepat">
          {quick.map((r) => {
            const on = chosen.includes(r.jabatanId);
            return (
              <button
                key={r.jabatanId}
                type="button"
                aria-pressed={on}
                onClick={() => pick(() => setChosen(toggle(chosen, r.jabatanId)))}
                className="penerima-cepat"
              >
                <b>{r.namaSingkat}</b>
                <small>{r.pemegang ?? 'Kosong'}</small>
              </button>
            );
          })}
        </div>
        <FieldError id="penerima-error" errors={state.fieldErrors?.penerima} />
      </fieldset>

      <fieldset>
        <legend className="mb-2 text-sm font-semibold text-slate-700">Batas waktu</legend>
        <div className="flex flex-wrap gap-2" role="group" aria-label="Batas waktu">
          {BATAS_WAKTU_CHIPS.map((chip) => {
            const on = 'hari' in batas && batas.hari === chip.hari;
            return (
              <button key={chip.label} type="button" aria-pressed={on} onClick={() => pick(() => setBatas({ hari: chip.hari }))} className="chip">
                {chip.label}
              </button>
            );
          })}
        </div>
        <FieldError id="batasWaktu-error" errors={state.fieldErrors?.batasWaktu} />
      </fieldset>

      <fieldset>
        <legend className="mb-2 text-sm font-semibold text-slate-700">Instruksi</legend>
        <div className="flex flex-wrap gap-2">
          {props.instruksi.map((i) => {
            const on = instruksi.includes(i);
            return (
              <label key={i} className="chip" data-on={on}>
                <input type="checkbox" checked={on} onChange={() => pick(() => setInstruksi(toggle(instruksi, i)))} />
                {i}
              </label>
            );
          })}
        </div>
        <FieldError id="instruksi-error" errors={state.fieldErrors?.instruksi} />
      </fieldset>

      <details ref={detailsRef} className="rounded-lg border border-slate-200 bg-slate-50 px-3" onToggle={(event) => setLainnya(event.currentTarget.open)}>
        <summary className="flex min-h-11 cursor-pointer items-center text-sm font-medium text-slate-700">Lainnya: penerima lain, catatan, tanggal, kecepatan, preset</summary>
        <div className="space-y-4 pb-3">
          <fieldset>
            <legend className="mb-1 text-sm font-semibold text-slate-700">Semua jabatan di bawah Anda</legend>
            {recipients.length >= SARING_PENERIMA_MULAI && (
              <input
                type="search"
                aria-label="Cari jabatan atau nama pejabat"
                placeholder="Cari jabatan atau nama pejabat"
                autoComplete="off"
                enterKeyHint="search"
                value={saring}
                onChange={(e) => setSaring(e.target.value)}
                // Enter in the filter would send the disposisi.
                onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
                className="mb-2 block w-full rounded-md border border-slate-300 px-3 py-2 text-base"
              />
            )}
            {lainnya && saring.trim() !== '' && cocok.length === 0 && (
              <p role="status" className="py-2 text-sm text-slate-600">
                Tidak ada jabatan yang cocok dengan &ldquo;{saring.trim()}&rdquo;.
              </p>
            )}
            <div className="max-h-72 overflow-y-auto">
              {terlihat.map((r) => (
                <label key={r.jabatanId} className="flex min-h-11 items-center gap-3 py-1 text-sm">
                  <input type="checkbox" className="h-5 w-5 shrink-0" checked={chosen.includes(r.jabatanId)} onChange={() => pick(() => setChosen(toggle(chosen, r.jabatanId)))} />
                  <span>
                    {r.nama}
                    <span className="block text-xs text-slate-600">
                      {r.pemegang ?? 'Kosong'}
                      {r.induk && ` · di bawah ${r.induk}`}
                    </span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <label className="block text-sm">
            <span className="font-semibold text-slate-700">Catatan</span>
            <textarea
              name="catatan"
              rows={3}
              maxLength={2000}
              value={catatan}
              onChange={(e) => setCatatan(e.target.value)}
              aria-describedby={takTercetak.length > 0 ? 'catatan-tak-tercetak' : undefined}
              className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base"
            />
          </label>
          {takTercetak.length > 0 && (
            <p id="catatan-tak-tercetak" className="-mt-2 text-xs text-amber-800">
              {saranKarakterTakTercetak(takTercetak)}
            </p>
          )}
          <div className="grid grid-cols-2 gap-3">
            <label className="block text-sm">
              <span className="font-semibold text-slate-700">Tanggal batas lain</span>
              <input
                type="date"
                value={'tanggal' in batas ? batas.tanggal : ''}
                onChange={(e) => pick(() => setBatas(e.target.value ? { tanggal: e.target.value } : { hari: null }))}
                aria-describedby="batas-tanggal-hari"
                className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 px-2 text-base"
              />
              <HariDalamKata id="batas-tanggal-hari" nilai={'tanggal' in batas ? batas.tanggal : ''} />
            </label>
            <label className="block text-sm">
              <span className="font-semibold text-slate-700">Kecepatan</span>
              <select name="derajatKecepatan" defaultValue="BIASA" className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 px-2 text-base">
                <option value="BIASA">Biasa</option>
                <option value="SEGERA">Segera</option>
                <option value="SANGAT_SEGERA">Sangat Segera</option>
              </select>
            </label>
          </div>
          <div className="rounded-md border border-dashed border-slate-300 p-2">
            <label className="block text-sm">
              <span className="font-semibold text-slate-700">Simpan pilihan ini sebagai preset</span>
              <input name="namaPreset" maxLength={60} placeholder="mis. Kabid Aptika, tindak lanjuti" className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 px-3 text-base" />
            </label>
            <FieldError id="namaPreset-error" errors={presetState.fieldErrors?.namaPreset} />
            <button
              type="button"
              onClick={(event) => event.currentTarget.form && submitPreset(event.currentTarget.form)}
              disabled={presetPending || chosen.length === 0}
              className="mt-2 min-h-11 rounded-md border border-emerald-700 px-4 text-sm font-semibold text-emerald-800 disabled:opacity-50"
            >
              {presetPending ? 'Menyimpan…' : 'Simpan preset'}
            </button>
            <FormMessage state={presetState} />
          </div>
        </div>
      </details>

      {!state.ok && <FormMessage state={state} />}
      <button
        type="submit"
        disabled={pending || chosen.length === 0}
        className="min-h-12 w-full rounded-lg bg-brand-700 px-4 py-3 text-base font-semibold text-white shadow disabled:opacity-50"
      >
        {pending ? 'Mengirim…' : chosen.length ? `Kirim disposisi (${chosen.length})` : 'Pilih penerima'}
      </button>
    </form>
  );
}
