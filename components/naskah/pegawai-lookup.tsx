'use client';

// "Tambah dari pegawai": search-as-you-type over the active pegawai of the instansi (own OPD first),
// served by app/(app)/konsep/cari-pegawai. Picking a result hands the ready petugas row upwards.
import { useState } from 'react';
import { useTanyaSaatMengetik } from '@/components/ui/use-tanya-saat-mengetik';
import type { Petugas } from '@/lib/domain/naskah/konten';

export interface PegawaiHit {
  pegawaiId: string;
  petugas: Petugas;
  opdNama: string;
  opdSendiri: boolean;
}

const CARI_PEGAWAI_URL = '/konsep/cari-pegawai';
const MIN_CHARS = 2;
const DEBOUNCE_MS = 300;

// Each answer remembers the words it answers, so results of an older search never show under newer words.
type Hasil = { kind: 'idle' } | { kind: 'loading' } | { kind: 'done'; term: string; hits: PegawaiHit[] } | { kind: 'error'; term: string; message: string };

export function PegawaiLookup({ inputId, chosen, onPick }: { inputId: string; chosen: ReadonlySet<string>; onPick: (hit: PegawaiHit) => void }) {
  const [q, setQ] = useState('');
  const [hasil, setHasil] = useState<Hasil>({ kind: 'idle' });
  const term = q.trim();

  useTanyaSaatMengetik(
    term.length < MIN_CHARS ? null : term,
    (kata) => `${CARI_PEGAWAI_URL}?q=${encodeURIComponent(kata)}`,
    DEBOUNCE_MS,
    (jawaban, kata) => {
      const body = jawaban as { ok: boolean; hasil?: PegawaiHit[]; message?: string } | null;
      if (body?.ok && body.hasil) setHasil({ kind: 'done', term: kata, hits: body.hasil });
      else setHasil({ kind: 'error', term: kata, message: body?.message ?? 'Pencarian pegawai gagal. Coba lagi.' });
    },
    (kata) => setHasil({ kind: 'error', term: kata, message: 'Tidak dapat mencari pegawai. Periksa koneksi.' }),
  );

  const shown: Hasil = term.length < MIN_CHARS ? { kind: 'idle' } : hasil.kind !== 'idle' && hasil.kind !== 'loading' && hasil.term === term ? hasil : { kind: 'loading' };
  const pick = (hit: PegawaiHit) => {
    onPick(hit);
    setQ('');
  };

  return (
    <div className="space-y-2">
      <input
        id={inputId}
        type="search"
        autoComplete="off"
        className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600 focus:outline-none"
        placeholder="Ketik nama atau NIP pegawai…"
        aria-label="Cari pegawai"
        aria-controls={`${inputId}-hasil`}
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      <div id={`${inputId}-hasil`} aria-live="polite" className="text-sm">
        {shown.kind === 'idle' && <p className="text-xs text-slate-500">Ketik paling sedikit {MIN_CHARS} huruf nama atau angka NIP.</p>}
        {shown.kind === 'loading' && <p className="text-xs text-slate-500">Mencari…</p>}
        {shown.kind === 'error' && <p className="text-red-700">{shown.message}</p>}
        {shown.kind === 'done' && shown.hits.length === 0 && (
          <p className="text-xs text-slate-600">Tidak ada pegawai aktif yang cocok. Untuk orang dari luar instansi, gunakan &ldquo;Tambah manual&rdquo;.</p>
        )}
        {shown.kind === 'done' && shown.hits.length > 0 && (
          <ul aria-label="Hasil pencarian pegawai" className="max-h-80 divide-y divide-slate-100 overflow-auto rounded-md border border-slate-200 bg-white">
            {shown.hits.map((hit) => {
              const ada = chosen.has(hit.pegawaiId);
              return (
                <li key={hit.pegawaiId}>
                  <button type="button" className="flex w-full flex-col gap-0.5 px-3 py-2 text-left hover:bg-brand-50 focus:bg-brand-50 focus:outline-none" onClick={() => pick(hit)}>
                    <span className="flex flex-wrap items-baseline gap-x-2">
                      <span className="font-medium text-slate-900">{hit.petugas.nama}</span>
                      {ada && <span className="rounded bg-amber-100 px-1.5 text-xs text-amber-900">sudah dalam daftar</span>}
                    </span>
                    <span className="text-xs text-slate-600">
                      NIP {hit.petugas.nip}
                      {hit.petugas.pangkat ? ` · ${hit.petugas.pangkat}` : ''}
                    </span>
                    <span className="text-xs text-slate-600">{hit.petugas.jabatan || 'Belum memegang jabatan definitif'}</span>
                    <span className={`w-fit rounded px-1.5 text-xs ${hit.opdSendiri ? 'bg-slate-100 text-slate-700' : 'bg-sky-50 text-sky-800'}`}>{hit.opdNama}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
