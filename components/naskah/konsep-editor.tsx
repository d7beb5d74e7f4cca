'use client';

// The drafter's editor: per-jenis fields, attributes, signer with the derived signature line,
// recipients, lampiran, autosave, explicit save, the paraf chain and "Ajukan".
import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { FormState } from '@/lib/actions/form-state';
import { INITIAL_FORM_STATE } from '@/lib/actions/form-state';
import { returnPathOfSessionEnd, withRequestFailure } from '@/lib/actions/request-failure';
import { returnPathOf } from '@/lib/domain/auth/return-path';
import { usePelakuLuring } from '@/lib/offline/luring-context';
import { ambilIsian, simpanIsian, type Isian } from '@/components/ui/isian-tertunda';
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

const ISIAN_KONSEP = 'konsep';
const PESAN_KONSEP_DIPULIHKAN = 'Sesi Anda sempat berakhir sebelum perubahan terakhir tersimpan. Perubahan itu sudah dikembalikan dan disimpan lagi; periksa isinya.';

/**
 * The editor's values from an autosave the ended session refused (isian-tertunda), over `awal`:
 * each one only when it has the shape the editor keeps (the server checks it all again on saving).
 * The klasifikasi stays as loaded: its picker shows the name it was loaded with.
 */
function initialDariSimpanan(isian: Isian, naskahId: string, awal: KonsepEditorProps['initial']): KonsepEditorProps['initial'] | null {
  let p: Record<string, unknown>;
  try {
    p = JSON.parse(isian.find(([name]) => name === 'payload')?.[1] ?? '') as Record<string, unknown>;
  } catch {
    return null;
  }
  if (typeof p !== 'object' || p === null || p.naskahId !== naskahId) return null;
  const teks = (v: unknown, d: string) => (typeof v === 'string' ? v : d);
  const daftar = <T,>(v: unknown, d: T[]) => (Array.isArray(v) ? (v as T[]) : d);
  return {
    ...awal,
    perihal: teks(p.perihal, awal.perihal),
    konten: typeof p.konten === 'object' && p.konten !== null && !Array.isArray(p.konten) ? (p.konten as Konten) : awal.konten,
    penandatanganJabatanId: p.penandatanganJabatanId === null || typeof p.penandatanganJabatanId === 'string' ? p.penandatanganJabatanId : awal.penandatanganJabatanId,
    atasNamaPimpinan: typeof p.atasNamaPimpinan === 'boolean' ? p.atasNamaPimpinan : awal.atasNamaPimpinan,
    klasifikasiKeamanan: teks(p.klasifikasiKeamanan, awal.klasifikasiKeamanan) as KlasifikasiKeamanan,
    derajatKecepatan: teks(p.derajatKecepatan, awal.derajatKecepatan) as DerajatKecepatan,
    lampiranKeterangan: teks(p.lampiranKeterangan, awal.lampiranKeterangan),
    tujuan: daftar(p.tujuan, awal.tujuan),
    tembusan: daftar(p.tembusan, awal.tembusan),
    chain: daftar<string>(p.verifikator, awal.chain ?? []).filter((id) => typeof id === 'string'),
  };
}

/**
 * The editor, and what its last autosave sent when that found the session ended: after signing in
 * and coming back, the editor starts again from it (a new mount: the rich-text fields read their
 * value once) and saves it.
 */
export function KonsepEditor(props: KonsepEditorProps) {
  const pelaku = usePelakuLuring();
  const [dipulihkan, setDipulihkan] = useState<KonsepEditorProps['initial'] | null>(null);
  const pulihkan = useEffectEvent(() => {
    if (!pelaku) return;
    const kept = ambilIsian(returnPathOf(new URL(window.location.href)) ?? '/', ISIAN_KONSEP, pelaku);
    const initial = kept && initialDariSimpanan(kept.isian, props.naskahId, props.initial);
    if (initial) setDipulihkan(initial);
  });
  // The tab's storage exists only after hydration; the editor is drawn again only when something was kept.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => pulihkan(), [pelaku?.pegawaiId]);
  return <KonsepEditorIsi key={dipulihkan ? 'dipulihkan' : 'awal'} {...props} initial={dipulihkan ?? props.initial} dipulihkan={dipulihkan !== null} />;
}

function KonsepEditorIsi(props: KonsepEditorProps & { dipulihkan: boolean }) {
  const router = useRouter();
  const pelaku = usePelakuLuring();
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
  const [result, setResult] = useState<FormState>(props.dipulihkan ? { ok: false, info: true, message: PESAN_KONSEP_DIPULIHKAN } : INITIAL_FORM_STATE);
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
        else setResult((r) => (r.ok || r.info ? r : INITIAL_FORM_STATE));
        setPreviewVersion((v) => v + 1);
        return true;
      } catch (error) {
        // The session ended: Next goes on to the sign-in page, and what this save sent comes back after.
        const halaman = returnPathOfSessionEnd(error);
        if (halaman !== null && pelaku) simpanIsian(halaman, ISIAN_KONSEP, pelaku, body);
        setStatus({ kind: 'error', text: 'Tidak dapat menyimpan. Periksa koneksi; perubahan akan disimpan lagi.' });
        return false;
      }
    },
    [data, saveAction, router, pelaku],
  );

  // Autosave a moment after the last change.
  // Not on the first draw, unless what is drawn came back from a save the ended session refused.
  const first = useRef(!props.dipulihkan);
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

  // A call that never reached the server is a message, and "Ajukan" can be pressed again (it stayed
  // "Mengajukan…" for good).
  const submitAction = useMemo(() => withRequestFailure(props.submitAction), [props.submitAction]);
  const submit = async () => {
    setSubmitting(true);
    const saved = await save('autosave');
    if (saved) {
      const res = await submitAction(INITIAL_FORM_STATE, payload({ naskahId: props.naskahId, verifikator: chain }));
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
          <p role="alert" className={`rounded-md px-3 py-2 text-sm ${result.info ? 'bg-amber-50 text-amber-900' : result.ok ? 'bg-emerald-50 text-emerald-800' : 'bg-red-50 text-red-800'}`}>
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
            klasifikasiError={errors.klasifikasiArsipId?.[0]}
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
