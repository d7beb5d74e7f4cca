'use client';

// What the verifikator whose turn it is can do: paraf, correct the text, or return it with notes.
// The signer, while the naskah waits for the signature, can only return it.
// A paraf given offline waits on the phone and is sent when the network returns; corrections and
// returns need the server's answer at once, so they stay online.
import { useMemo, useState } from 'react';
import { useRouter } from 'next/navigation';
import { INITIAL_FORM_STATE, type FormState } from '@/lib/actions/form-state';
import { withRequestFailure } from '@/lib/actions/request-failure';
import { usePelakuLuring } from '@/lib/offline/luring-context';
import { PESAN_MENUNGGU_KONEKSI, withOfflineQueue } from '@/lib/offline/with-offline-queue';
import type { KontenField } from '@/lib/domain/naskah/konten-fields';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { KontenFieldsEditor, type Konten } from './konten-fields-editor';

type Action = (p: FormState, fd: FormData) => Promise<FormState>;

export function ReviewActions(props: {
  naskahId: string;
  canParaf: boolean;
  last: boolean;
  fields: KontenField[];
  perihal: string;
  konten: Konten;
  approveAction: Action;
  returnAction: Action;
  editAction: Action;
}) {
  const router = useRouter();
  const pelaku = usePelakuLuring();
  const approve = useMemo(
    () => withOfflineQueue(props.approveAction, pelaku, () => ({ jenis: 'paraf', naskahId: props.naskahId, ringkasan: `Paraf: ${props.perihal}` })),
    [props.approveAction, props.naskahId, props.perihal, pelaku],
  );
  const { state: parafState, pending: parafPending, form: parafForm } = useFormAction(approve);
  // A paraf kept on the phone is given: a second tap would only queue a refusal.
  const parafTertunda = parafState.ok && parafState.message === PESAN_MENUNGGU_KONEKSI;
  const [mode, setMode] = useState<'none' | 'edit' | 'return'>('none');
  // The return form is drawn only once "Kembalikan" is pressed: a catatan kept when the session
  // ended opens it again with the text.
  const [catatanAwal, setCatatanAwal] = useState('');
  const { state: returnState, pending: returnPending, form: returnForm } = useFormAction(props.returnAction, {
    isian: 'kembalikan',
    pulihkan: (isian) => {
      setCatatanAwal(isian.find(([name]) => name === 'catatan')?.[1] ?? '');
      setMode('return');
    },
  });
  const [perihal, setPerihal] = useState(props.perihal);
  const [konten, setKonten] = useState<Konten>(props.konten);
  const [editState, setEditState] = useState<FormState>(INITIAL_FORM_STATE);
  const [saving, setSaving] = useState(false);

  const saveEdit = async () => {
    setSaving(true);
    const fd = new FormData();
    fd.set('payload', JSON.stringify({ naskahId: props.naskahId, perihal, konten }));
    const res = await withRequestFailure(props.editAction)(INITIAL_FORM_STATE, fd);
    setEditState(res);
    setSaving(false);
    if (res.ok) {
      setMode('none');
      router.refresh();
    }
  };

  return (
    <section className="space-y-3 rounded-xl border-2 border-brand-600 bg-white p-4" aria-label="Tindakan verifikasi">
      <p className="text-sm font-semibold text-brand-800">{props.canParaf ? (props.last ? 'Giliran Anda. Paraf Anda yang terakhir sebelum tanda tangan.' : 'Giliran Anda memberi paraf.') : 'Naskah ini menunggu tanda tangan Anda.'}</p>
      <div className="flex flex-wrap gap-2">
        {props.canParaf && (
          <form {...parafForm}>
            <input type="hidden" name="naskahId" value={props.naskahId} />
            <button type="submit" disabled={parafPending || parafTertunda} className="rounded-md bg-brand-600 px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-50">
              {parafPending ? 'Memproses…' : 'Paraf'}
            </button>
          </form>
        )}
        {props.canParaf && (
          <button type="button" onClick={() => setMode(mode === 'edit' ? 'none' : 'edit')} className="rounded-md border border-slate-300 px-4 py-2.5 text-sm font-medium">
            Ubah naskah
          </button>
        )}
        <button type="button" onClick={() => setMode(mode === 'return' ? 'none' : 'return')} className="rounded-md border border-red-300 px-4 py-2.5 text-sm font-medium text-red-800">
          Kembalikan
        </button>
      </div>
      <FormMessage state={parafState} />

      {mode === 'return' && (
        <form {...returnForm} className="space-y-2">
          <input type="hidden" name="naskahId" value={props.naskahId} />
          <label htmlFor="catatan" className="block text-sm font-medium">
            Catatan perbaikan untuk pengonsep
          </label>
          <textarea id="catatan" name="catatan" required minLength={5} rows={4} defaultValue={catatanAwal} className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm" />
          {returnState.fieldErrors?.catatan && <p className="text-sm text-red-700">{returnState.fieldErrors.catatan[0]}</p>}
          <button type="submit" disabled={returnPending} className="rounded-md bg-red-700 px-4 py-2 text-sm font-semibold text-white disabled:opacity-50">
            Kembalikan ke pengonsep
          </button>
          <FormMessage state={returnState} />
        </form>
      )}

      {mode === 'edit' && (
        <div className="space-y-3 border-t border-slate-200 pt-3">
          <label htmlFor="perihal-verifikator" className="block text-sm font-medium">
            Hal
          </label>
          <input id="perihal-verifikator" className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm" value={perihal} onChange={(e) => setPerihal(e.target.value)} />
          <KontenFieldsEditor fields={props.fields} konten={konten} onChange={setKonten} fieldErrors={editState.fieldErrors} />
          <button type="button" disabled={saving} onClick={() => void saveEdit()} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white disabled:opacity-50">
            {saving ? 'Menyimpan…' : 'Simpan perubahan (versi baru)'}
          </button>
          <FormMessage state={editState} />
        </div>
      )}
    </section>
  );
}
