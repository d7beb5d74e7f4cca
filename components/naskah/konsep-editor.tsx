'use client';

// The drafter's editor: per-jenis fields, attributes, signer with the derived signature line,
// recipients, lampiran, autosave, explicit save, the paraf chain and "Ajukan".
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { FormState } from '@/lib/actions/form-state';
import { INITIAL_FORM_STATE } from '@/lib/actions/form-state';
import type { KontenField } from '@/lib/domain/naskah/konten-fields';
import { formatJam } from '@/lib/domain/tanggal';
import type { DraftOptions } from '@/lib/services/naskah/list-draft-options';
import { AtributNaskahFields, type DerajatKecepatan, type KlasifikasiKeamanan } from './atribut-naskah-fields';
import { ChainEditor } from './chain-editor';
import { EditorCard, editorSelectClass } from './editor-card';
import { KontenFieldsEditor, type Konten } from './konten-fields-editor';
import { LampiranKeteranganField } from './lampiran-keterangan-field';
import { LampiranPanel, type LampiranRow } from './lampiran-panel';
import { PenerimaPicker, type PenerimaValue } from './penerima-picker';
import { PreviewPanel } from './preview-panel';
import { SignerPicker } from './signer-picker';

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;

export interface KonsepEditorProps {
  naskahId: string;
  jenisLabel: string;
  fields: KontenField[];
  initial: {
    perihal: string;
    konten: Konten;
    penandatanganJabatanId: string | null;
    atasNamaPimpinan: boolean;
    klasifikasiArsipId: string | null;
    klasifikasiArsip?: { kode: string; nama: string } | null;
    klasifikasiKeamanan: KlasifikasiKeamanan;
    derajatKecepatan: DerajatKecepatan;
    lampiranKeterangan: string;
    tujuan: PenerimaValue[];
    tembusan: PenerimaValue[];
    /** The chain as saved with the draft or of the previous round; null: the signer's default. */
    chain: string[] | null;
  };
  lampiran: LampiranRow[];
  options: DraftOptions;
  /** How the internal tujuan and tembusan already on the konsep are named ("Sekretaris (DISKOMINFO)"). */
  penerimaLabels: Record<string, string>;
  saveAction: Action;
  submitAction: Action;
  deleteLampiranAction: Action;
  previewUrl: string;
}

/** Next's server-action body limit; a bigger naskah is refused here with a clear message. */
const SAVE_REQUEST_MAX = 1024 * 1024;
const AUTOSAVE_DELAY_MS = 1500;

const payload = (data: unknown) => {
  const fd = new FormData();
  fd.set('payload', JSON.stringify(data));
  return fd;
};

export function KonsepEditor(props: KonsepEditorProps) {
  const router = useRouter();
  const { options, saveAction } = props;
  const [perihal, setPerihal] = useState(props.initial.perihal);
  const [konten, setKonten] = useState<Konten>(props.initial.konten);
  const [signerId, setSignerId] = useState(props.initial.penandatanganJabatanId ?? '');
  const [atasNama, setAtasNama] = useState(props.initial.atasNamaPimpinan);
  const [klasifikasiArsipId, setKlasifikasiArsipId] = useState(props.initial.klasifikasiArsipId ?? '');
  const [keamanan, setKeamanan] = useState(props.initial.klasifikasiKeamanan);
  const [kecepatan, setKecepatan] = useState(props.initial.derajatKecepatan);
  const [lampiranKeterangan, setLampiranKeterangan] = useState(props.initial.lampiranKeterangan);
  const [tujuan, setTujuan] = useState(props.initial.tujuan);
  const [tembusan, setTembusan] = useState(props.initial.tembusan);
  const signer = options.signers.find((s) => s.id === signerId) ?? null;
  const [chain, setChain] = useState<string[]>(props.initial.chain ?? signer?.defaultChain ?? []);
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' | 'saved' | 'error'; text: string }>({ kind: 'idle', text: '' });
  const [result, setResult] = useState<FormState>(INITIAL_FORM_STATE);
  const [previewVersion, setPreviewVersion] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const changes = useRef(0);
  // The page around the editor (header, version list) is rendered by the server: refreshed when
  // the hal it shows changes or a version is recorded.
  const shownPerihal = useRef(props.initial.perihal);

  const data = useMemo(
    () => ({
      naskahId: props.naskahId,
      perihal,
      konten,
      penandatanganJabatanId: signerId || null,
      atasNamaPimpinan: atasNama && !!signer?.atasNama,
      klasifikasiArsipId: klasifikasiArsipId || null,
      klasifikasiKeamanan: keamanan,
      derajatKecepatan: kecepatan,
      lampiranKeterangan,
      tujuan,
      tembusan,
      verifikator: chain,
    }),
    [props.naskahId, perihal, konten, signerId, atasNama, signer, klasifikasiArsipId, keamanan, kecepatan, lampiranKeterangan, tujuan, tembusan, chain],
  );

  const save = useCallback(
    async (mode: 'autosave' | 'simpan'): Promise<boolean> => {
      const body = payload({ ...data, mode });
      if ((body.get('payload') as string).length > SAVE_REQUEST_MAX) {
        setStatus({ kind: 'error', text: 'Naskah terlalu besar untuk disimpan (lebih dari 1 MB). Kurangi isi atau pindahkan tabel besar ke lampiran.' });
        return false;
      }
      const seen = changes.current;
      setStatus({ kind: 'saving', text: 'Menyimpan…' });
      try {
        const res = await saveAction(INITIAL_FORM_STATE, body);
        if (!res.ok) {
          setStatus({ kind: 'error', text: res.message ?? 'Gagal menyimpan.' });
          setResult(res);
          return false;
        }
        if (changes.current === seen) setStatus({ kind: 'saved', text: `Tersimpan ${formatJam(new Date())}` });
        if (mode === 'simpan' || data.perihal !== shownPerihal.current) {
          shownPerihal.current = data.perihal;
          router.refresh();
        }
        if (mode === 'simpan') setResult(res);
        else setResult((r) => (r.ok ? r : INITIAL_FORM_STATE));
        setPreviewVersion((v) => v + 1);
        return true;
      } catch {
        setStatus({ kind: 'error', text: 'Tidak dapat menyimpan. Periksa koneksi; perubahan akan disimpan lagi.' });
        return false;
      }
    },
    [data, saveAction, router],
  );

  // Autosave a moment after the last change.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    changes.current += 1;
    const timer = setTimeout(() => void save('autosave'), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [data, save]);

  const chooseSigner = (id: string) => {
    setSignerId(id);
    setChain(options.signers.find((s) => s.id === id)?.defaultChain ?? []);
  };

  const submit = async () => {
    setSubmitting(true);
    const saved = await save('autosave');
    if (saved) {
      const res = await props.submitAction(INITIAL_FORM_STATE, payload({ naskahId: props.naskahId, verifikator: chain }));
      setResult(res);
      if (res.ok) {
        router.push(`/konsep/${props.naskahId}`);
        router.refresh();
        return;
      }
    }
    setSubmitting(false);
  };

  const errors = result.fieldErrors ?? {};
  return (
    <div className="grid grid-cols-1 gap-4 2xl:grid-cols-[minmax(0,1fr)_minmax(0,40rem)]">
      <div className="space-y-4">
        <div className="flex flex-wrap items-center gap-2 bg-slate-100/95 px-1 py-2 backdrop-blur">
          <span role="status" aria-live="polite" data-testid="autosave-status" className={`text-sm ${status.kind === 'error' ? 'text-red-700' : 'text-slate-600'}`}>
            {status.text || 'Perubahan disimpan otomatis'}
          </span>
          <span className="flex-1" />
          <button type="button" className="rounded-md border border-brand-600 bg-white px-3 py-2 text-sm font-medium text-brand-700" onClick={() => void save('simpan')}>
            Simpan versi
          </button>
        </div>
        {result.message && (
          <p role="alert" className={`rounded-md px-3 py-2 text-sm ${result.ok ? 'bg-emerald-50 text-emerald-800' : 'bg-red-50 text-red-800'}`}>
            {result.message}
          </p>
        )}

        <EditorCard title={`Isi ${props.jenisLabel}`}>
          <div className="space-y-1">
            <label htmlFor="perihal" className="block text-sm font-medium text-slate-800">
              Hal
            </label>
            <input id="perihal" className={editorSelectClass} value={perihal} onChange={(e) => setPerihal(e.target.value)} maxLength={500} />
            {errors.perihal && <p className="text-sm text-red-700">{errors.perihal[0]}</p>}
          </div>
          <KontenFieldsEditor fields={props.fields} konten={konten} onChange={setKonten} fieldErrors={errors} />
        </EditorCard>

        <EditorCard title="Penandatangan">
          <SignerPicker signers={options.signers} signerId={signerId} onSignerChange={chooseSigner} atasNama={atasNama} onAtasNamaChange={setAtasNama} error={errors.penandatanganJabatanId?.[0]} />
        </EditorCard>

        <EditorCard title="Tujuan dan tembusan">
          <PenerimaPicker label="Tujuan" labels={props.penerimaLabels} value={tujuan} onChange={setTujuan} />
          {errors.tujuan && <p className="text-sm text-red-700">{errors.tujuan[0]}</p>}
          <PenerimaPicker label="Tembusan" labels={props.penerimaLabels} value={tembusan} onChange={setTembusan} />
        </EditorCard>

        <EditorCard title="Keterangan naskah">
          <AtributNaskahFields
            klasifikasi={options.klasifikasi}
            klasifikasiAwal={props.initial.klasifikasiArsip ?? null}
            klasifikasiArsipId={klasifikasiArsipId}
            onKlasifikasiArsipChange={setKlasifikasiArsipId}
            keamanan={keamanan}
            onKeamananChange={setKeamanan}
            kecepatan={kecepatan}
            onKecepatanChange={setKecepatan}
          />
        </EditorCard>

        <EditorCard title="Lampiran">
          <LampiranPanel naskahId={props.naskahId} rows={props.lampiran} deleteAction={props.deleteLampiranAction} />
          <LampiranKeteranganField count={props.lampiran.length} value={lampiranKeterangan} onChange={setLampiranKeterangan} error={errors.lampiranKeterangan?.[0]} />
        </EditorCard>

        <EditorCard title="Alur verifikasi (paraf)">
          {signer ? (
            <ChainEditor options={signer.verifikator} value={chain} defaultChain={signer.defaultChain} onChange={setChain} />
          ) : (
            <p className="text-sm text-slate-600">Pilih penandatangan lebih dulu.</p>
          )}
          {errors.verifikator && <p className="text-sm text-red-700">{errors.verifikator[0]}</p>}
          <button
            type="button"
            disabled={submitting || !signer}
            onClick={() => void submit()}
            className="w-full rounded-md bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-50 sm:w-auto"
          >
            {submitting ? 'Mengajukan…' : 'Ajukan'}
          </button>
        </EditorCard>
      </div>
      <section className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 className="mb-2 text-sm font-semibold tracking-wide text-slate-500 uppercase">Pratinjau</h2>
        <PreviewPanel url={props.previewUrl} version={previewVersion} />
      </section>
    </div>
  );
}
