import { DERAJAT_KECEPATAN_LABEL, KLASIFIKASI_KEAMANAN_LABEL } from '@/lib/domain/naskah/labels';
import type { DraftOptions } from '@/lib/services/naskah/list-draft-options';
import { editorSelectClass } from './editor-card';

export type KlasifikasiKeamanan = keyof typeof KLASIFIKASI_KEAMANAN_LABEL;
export type DerajatKecepatan = keyof typeof DERAJAT_KECEPATAN_LABEL;

function LabelSelect<V extends string>({ label, value, labels, onChange }: { label: string; value: V; labels: Record<V, string>; onChange: (v: V) => void }) {
  return (
    <label className="space-y-1 text-sm font-medium text-slate-800">
      {label}
      <select className={editorSelectClass} value={value} onChange={(e) => onChange(e.target.value as V)}>
        {(Object.entries(labels) as [V, string][]).map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Klasifikasi arsip, klasifikasi keamanan and derajat kecepatan of a konsep. */
export function AtributNaskahFields(props: {
  klasifikasi: DraftOptions['klasifikasi'];
  klasifikasiArsipId: string;
  onKlasifikasiArsipChange: (id: string) => void;
  keamanan: KlasifikasiKeamanan;
  onKeamananChange: (v: KlasifikasiKeamanan) => void;
  kecepatan: DerajatKecepatan;
  onKecepatanChange: (v: DerajatKecepatan) => void;
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <label className="space-y-1 text-sm font-medium text-slate-800 sm:col-span-3">
        Klasifikasi arsip
        <select className={editorSelectClass} value={props.klasifikasiArsipId} onChange={(e) => props.onKlasifikasiArsipChange(e.target.value)}>
          <option value="">Pilih klasifikasi…</option>
          {props.klasifikasi.map((k) => (
            <option key={k.id} value={k.id}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      <LabelSelect label="Klasifikasi keamanan" value={props.keamanan} labels={KLASIFIKASI_KEAMANAN_LABEL} onChange={props.onKeamananChange} />
      <LabelSelect label="Derajat kecepatan" value={props.kecepatan} labels={DERAJAT_KECEPATAN_LABEL} onChange={props.onKecepatanChange} />
    </div>
  );
}
