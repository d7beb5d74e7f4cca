import type { DraftOptions } from '@/lib/services/naskah/list-draft-options';
import { editorSelectClass } from './editor-card';
import { barisBlokTandaTangan } from '@/lib/domain/naskah/blok-tanda-tangan';

type Signer = DraftOptions['signers'][number];

const holderLabel = (s: Signer) => (s.pemegang ? ` — ${s.jenisPemegang === 'PLT' ? 'Plt. ' : s.jenisPemegang === 'PLH' ? 'Plh. ' : ''}${s.pemegang}` : ' — kosong');

/** The penandatangan select, the a.n. choice where the hierarchy allows it, and the signature block it gives. */
export function SignerPicker(props: {
  signers: Signer[];
  signerId: string;
  onSignerChange: (id: string) => void;
  atasNama: boolean;
  onAtasNamaChange: (v: boolean) => void;
  error?: string;
}) {
  const signer = props.signers.find((s) => s.id === props.signerId) ?? null;
  const blok = signer ? barisBlokTandaTangan(signer.blok, props.atasNama) : null;
  return (
    <>
      <div className="space-y-1">
        <label htmlFor="penandatangan" className="block text-sm font-medium text-slate-800">
          Penandatangan
        </label>
        <select id="penandatangan" className={editorSelectClass} value={props.signerId} onChange={(e) => props.onSignerChange(e.target.value)}>
          <option value="">Pilih penandatangan…</option>
          {props.signers.map((s) => (
            <option key={s.id} value={s.id}>
              {s.nama}
              {holderLabel(s)}
            </option>
          ))}
        </select>
        {props.error && <p className="text-sm text-red-700">{props.error}</p>}
      </div>
      {signer?.atasNama && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={props.atasNama} onChange={(e) => props.onAtasNamaChange(e.target.checked)} />
          Atas nama {signer.atasNama.pimpinanNama} ({signer.atasNama.cara === 'AN' ? 'a.n.' : 'a.n. … u.b.'})
        </label>
      )}
      {blok && (
        <div className="rounded-md bg-slate-50 p-3 text-sm" data-testid="signature-line">
          <p className="mb-1 text-xs text-slate-500">Blok tanda tangan</p>
          {blok.jabatan.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
          <p className="mt-3 font-semibold underline">{blok.nama}</p>
          {blok.bawah.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      )}
    </>
  );
}
