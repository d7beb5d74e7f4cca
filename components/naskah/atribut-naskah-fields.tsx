'use client';
import { useState } from 'react';
import { KlasifikasiArsipInput } from '@/components/klasifikasi/klasifikasi-arsip-input';
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

/**
 * The kode typed with suggestions (an instansi with more codes than a select holds): the konsep stores
 * the id of the suggestion whose kode is what is typed, and none while the text is not a known kode.
 */
function KlasifikasiDiketik(props: { awal: { kode: string; nama: string } | null; klasifikasiArsipId: string; onChange: (id: string) => void }) {
  const [teks, setTeks] = useState(props.awal?.kode ?? '');
  const [dikenal, setDikenal] = useState(props.awal);
  const belum = teks.trim() !== '' && !props.klasifikasiArsipId;
  return (
    <div className="space-y-1 sm:col-span-3">
      <label className="block space-y-1 text-sm font-medium text-slate-800">
        Klasifikasi arsip
        <KlasifikasiArsipInput
          listId="klasifikasi-konsep-pilihan"
          value={teks}
          onChange={setTeks}
          onDikenali={(k) => {
            setDikenal(k);
            props.onChange(k?.id ?? '');
          }}
          className={editorSelectClass}
          describedBy="klasifikasi-konsep-keterangan"
        />
      </label>
      <p id="klasifikasi-konsep-keterangan" className={`text-sm ${belum ? 'text-amber-800' : 'text-slate-600'}`}>
        {belum ? 'Kode ini belum dikenal: pilih salah satu saran yang muncul saat mengetik.' : dikenal && props.klasifikasiArsipId ? `${dikenal.kode} ${dikenal.nama}` : 'Ketik kode atau nama klasifikasi, lalu pilih dari saran.'}
      </p>
    </div>
  );
}

/** Klasifikasi arsip, klasifikasi keamanan and derajat kecepatan of a konsep. */
export function AtributNaskahFields(props: {
  /** Null: too many codes for a select (KLASIFIKASI_DAFTAR_MAX), so the kode is typed. */
  klasifikasi: DraftOptions['klasifikasi'];
  /** The konsep's code when it was opened, shown in the typed field. */
  klasifikasiAwal: { kode: string; nama: string } | null;
  klasifikasiArsipId: string;
  onKlasifikasiArsipChange: (id: string) => void;
  keamanan: KlasifikasiKeamanan;
  onKeamananChange: (v: KlasifikasiKeamanan) => void;
  kecepatan: DerajatKecepatan;
  onKecepatanChange: (v: DerajatKecepatan) => void;
  /** Why the konsep cannot go up the chain without one (submitForReview). */
  klasifikasiError?: string;
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      {props.klasifikasiError && <p className="text-sm text-red-700 sm:col-span-3">{props.klasifikasiError}</p>}
      {props.klasifikasi ? (
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
      ) : (
        <KlasifikasiDiketik awal={props.klasifikasiAwal} klasifikasiArsipId={props.klasifikasiArsipId} onChange={props.onKlasifikasiArsipChange} />
      )}
      <LabelSelect label="Klasifikasi keamanan" value={props.keamanan} labels={KLASIFIKASI_KEAMANAN_LABEL} onChange={props.onKeamananChange} />
      <LabelSelect label="Derajat kecepatan" value={props.kecepatan} labels={DERAJAT_KECEPATAN_LABEL} onChange={props.onKecepatanChange} />
    </div>
  );
}
