'use client';

// One choice out of hundreds (a Setda's pegawai or jabatan), found by typing: the form sends the
// chosen id in a hidden field named like the select it replaces. The choices come from `url`
// (a GET answering { ok, hasil: { id, label, keterangan }[] }) as the admin types.
import { useEffect, useRef, useState } from 'react';
import { PULIHKAN_EVENT } from '@/components/ui/isian-tertunda';
import { useTanyaSaatMengetik } from '@/components/ui/use-tanya-saat-mengetik';

export interface Pilihan {
  id: string;
  label: string;
  keterangan: string;
}

const MIN_CHARS = 2;
const DEBOUNCE_MS = 250;

/** The pick as the form keeps it when a session ends (isian-tertunda.ts), or null when it is not one. */
function pilihanDari(teks: unknown): Pilihan | null {
  try {
    const p = JSON.parse(String(teks)) as Partial<Pilihan> | null;
    return p && typeof p.id === 'string' && typeof p.label === 'string' && typeof p.keterangan === 'string' ? { id: p.id, label: p.label, keterangan: p.keterangan } : null;
  } catch {
    return null;
  }
}

type Hasil = { kind: 'loading' } | { kind: 'done'; term: string; hits: Pilihan[] } | { kind: 'error'; term: string; message: string };

export function PilihCari(props: {
  id: string;
  name: string;
  /** The choices' address, without `q` (added as the admin types). */
  url: string;
  placeholder?: string;
  invalid?: boolean;
  describedBy?: string;
}) {
  const [q, setQ] = useState('');
  const [hasil, setHasil] = useState<Hasil>({ kind: 'loading' });
  const [dipilih, setDipilih] = useState<Pilihan | null>(null);
  const hiddenRef = useRef<HTMLInputElement>(null);
  const keptRef = useRef<HTMLInputElement>(null);
  const term = q.trim();

  // The session ended as the admin saved: after signing in the pick comes back with the typed
  // fields (useFormAction's isian), shown as it was; the id is checked again when it is saved.
  useEffect(() => {
    const kept = keptRef.current;
    if (!kept) return;
    const ambil = (e: Event) => {
      const p = pilihanDari((e as CustomEvent).detail);
      if (p) setDipilih(p);
    };
    kept.addEventListener(PULIHKAN_EVENT, ambil);
    return () => kept.removeEventListener(PULIHKAN_EVENT, ambil);
  }, []);

  // A saved form is reset (useFormAction): the choice goes with the typed fields.
  useEffect(() => {
    const form = hiddenRef.current?.form;
    if (!form) return;
    const kosongkan = () => {
      setDipilih(null);
      setQ('');
    };
    form.addEventListener('reset', kosongkan);
    return () => form.removeEventListener('reset', kosongkan);
  }, []);

  useTanyaSaatMengetik(
    dipilih || term.length < MIN_CHARS ? null : term,
    (kata) => `${props.url}${props.url.includes('?') ? '&' : '?'}q=${encodeURIComponent(kata)}`,
    DEBOUNCE_MS,
    (jawaban, kata) => {
      const body = jawaban as { ok: boolean; hasil?: Pilihan[]; message?: string } | null;
      if (body?.ok && body.hasil) setHasil({ kind: 'done', term: kata, hits: body.hasil });
      else setHasil({ kind: 'error', term: kata, message: body?.message ?? 'Pencarian gagal. Coba lagi.' });
    },
    (kata) => setHasil({ kind: 'error', term: kata, message: 'Tidak dapat mencari. Periksa koneksi.' }),
  );

  const shown: Hasil | null = term.length < MIN_CHARS ? null : hasil.kind !== 'loading' && hasil.term === term ? hasil : { kind: 'loading' };
  const pilih = (p: Pilihan) => {
    setDipilih(p);
    setQ('');
  };

  return (
    <div className="mt-1 space-y-1.5">
      <input ref={hiddenRef} type="hidden" name={props.name} value={dipilih?.id ?? ''} />
      {/* What the pick showed, kept with the form's text if the session ends (the action ignores it). */}
      <input ref={keptRef} type="hidden" name={`pilihan:${props.name}`} value={dipilih ? JSON.stringify(dipilih) : ''} data-pulihkan="" />
      {dipilih ? (
        <div className="flex items-start justify-between gap-2 rounded-md border border-brand-200 bg-brand-50 px-3 py-2" data-testid={`${props.name}-dipilih`}>
          <span className="min-w-0 break-words">
            <span className="block font-medium text-slate-900">{dipilih.label}</span>
            <span className="block text-xs text-slate-600">{dipilih.keterangan}</span>
          </span>
          <button
            type="button"
            className="min-h-11 shrink-0 rounded-md border border-slate-300 bg-white px-3 text-sm font-semibold text-slate-800"
            aria-label={`Ganti ${dipilih.label}`}
            onClick={() => {
              setDipilih(null);
              requestAnimationFrame(() => document.getElementById(props.id)?.focus());
            }}
          >
            Ganti
          </button>
        </div>
      ) : (
        <>
          <input
            id={props.id}
            type="search"
            autoComplete="off"
            value={q}
            maxLength={100}
            placeholder={props.placeholder}
            aria-invalid={props.invalid || undefined}
            aria-describedby={props.describedBy}
            aria-controls={`${props.id}-hasil`}
            className="block w-full rounded-md border border-slate-300 px-3 py-2 text-base md:text-sm"
            onChange={(e) => setQ(e.target.value)}
            onKeyDown={(e) => {
              // Enter picks the only match, and never sends the half-filled form.
              if (e.key !== 'Enter') return;
              e.preventDefault();
              if (shown?.kind === 'done' && shown.hits.length === 1) pilih(shown.hits[0]!);
            }}
          />
          <div id={`${props.id}-hasil`} aria-live="polite">
            {!shown && <p className="text-xs text-slate-500">Ketik paling sedikit {MIN_CHARS} huruf.</p>}
            {shown?.kind === 'loading' && <p className="text-xs text-slate-500">Mencari…</p>}
            {shown?.kind === 'error' && <p className="text-red-700">{shown.message}</p>}
            {shown?.kind === 'done' && shown.hits.length === 0 && <p className="text-xs text-slate-600">Tidak ada yang cocok dengan &ldquo;{shown.term}&rdquo;.</p>}
            {shown?.kind === 'done' && shown.hits.length > 0 && (
              <ul aria-label="Pilihan" className="max-h-72 divide-y divide-slate-100 overflow-auto rounded-md border border-slate-200 bg-white">
                {shown.hits.map((p) => (
                  <li key={p.id}>
                    <button type="button" className="flex min-h-11 w-full flex-col justify-center px-3 py-1.5 text-left hover:bg-brand-50 focus:bg-brand-50 focus:outline-none" onClick={() => pilih(p)}>
                      <span className="font-medium break-words text-slate-900">{p.label}</span>
                      <span className="text-xs break-words text-slate-600">{p.keterangan}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}
    </div>
  );
}
