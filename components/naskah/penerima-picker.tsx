'use client';

import { useState } from 'react';
import { useTanyaSaatMengetik } from '@/components/ui/use-tanya-saat-mengetik';
import { PENERIMA_PILIHAN_MIN } from '@/lib/domain/naskah/konsep-schema';

// Tujuan or tembusan: internal posts (delivered into their inbox) or external name + address.
export type PenerimaValue = { jabatanId: string } | { nama: string; alamat: string };

const inputClass = 'w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm';
type Pilihan = { id: string; label: string };

const PILIHAN_URL = '/konsep/penerima';
const DEBOUNCE_MS = 200;

/**
 * `labels`: how the posts already chosen are named (the page knows those); the posts to add are asked
 * of the server as the drafter types (GET /konsep/penerima), not carried by the page.
 */
export function PenerimaPicker({ label, labels, value, onChange }: { label: string; labels: Record<string, string>; value: PenerimaValue[]; onChange: (v: PenerimaValue[]) => void }) {
  const [mode, setMode] = useState<'internal' | 'eksternal'>('internal');
  const [filter, setFilter] = useState('');
  const [nama, setNama] = useState('');
  const [alamat, setAlamat] = useState('');
  const [dipilih, setDipilih] = useState<Record<string, string>>(labels);
  const [jawaban, setJawaban] = useState<{ kata: string; hasil: Pilihan[] } | null>(null);
  const [gagal, setGagal] = useState(false);
  const kata = filter.trim();
  useTanyaSaatMengetik(
    kata.length >= PENERIMA_PILIHAN_MIN ? kata : null,
    (k) => `${PILIHAN_URL}?teks=${encodeURIComponent(k)}`,
    DEBOUNCE_MS,
    (body, k) => {
      const b = body as { ok: boolean; hasil?: Pilihan[] } | null;
      setGagal(!b?.ok);
      if (b?.ok && b.hasil) setJawaban({ kata: k, hasil: b.hasil });
    },
    () => setGagal(true),
  );
  const chosen = new Set(value.flatMap((v) => ('jabatanId' in v ? [v.jabatanId] : [])));
  // Only the answer to what is typed now: an older one would offer posts the words no longer match.
  const matches = kata.length >= PENERIMA_PILIHAN_MIN && jawaban?.kata === kata ? jawaban.hasil.filter((o) => !chosen.has(o.id)) : [];
  const slug = label.toLowerCase();

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      {value.length > 0 && (
        <ul aria-label={`Daftar ${slug}`} className="space-y-1">
          {value.map((v, i) => (
            <li key={i} className="flex items-start gap-2 rounded-md bg-slate-50 px-2 py-1 text-sm">
              <span className="min-w-0 flex-1">
                {'jabatanId' in v ? (dipilih[v.jabatanId] ?? 'Jabatan') : `${v.nama}${v.alamat ? `, ${v.alamat}` : ''}`}
                {'nama' in v && <span className="ml-1 text-xs text-slate-500">(eksternal)</span>}
              </span>
              <button type="button" className="text-red-700" aria-label={`Hapus ${slug} ${i + 1}`} onClick={() => onChange(value.filter((_, j) => j !== i))}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex gap-3 text-xs">
        <label className="flex items-center gap-1">
          <input type="radio" name={`${slug}-mode`} checked={mode === 'internal'} onChange={() => setMode('internal')} /> Jabatan (internal)
        </label>
        <label className="flex items-center gap-1">
          <input type="radio" name={`${slug}-mode`} checked={mode === 'eksternal'} onChange={() => setMode('eksternal')} /> Pihak luar
        </label>
      </div>
      {mode === 'internal' ? (
        <div>
          <input type="search" className={inputClass} placeholder="Ketik nama jabatan…" aria-label={`Cari jabatan ${slug}`} value={filter} onChange={(e) => setFilter(e.target.value)} />
          {gagal && kata.length >= PENERIMA_PILIHAN_MIN && (
            <p role="status" className="mt-1 text-sm text-amber-800">
              Daftar jabatan tidak dapat dimuat. Periksa koneksi, lalu ketik lagi.
            </p>
          )}
          {matches.length > 0 && (
            <ul className="mt-1 max-h-48 overflow-auto rounded-md border border-slate-200 bg-white text-sm">
              {matches.map((o) => (
                <li key={o.id}>
                  <button
                    type="button"
                    className="w-full px-2 py-1.5 text-left hover:bg-brand-50"
                    onClick={() => {
                      setDipilih((d) => ({ ...d, [o.id]: o.label }));
                      onChange([...value, { jabatanId: o.id }]);
                      setFilter('');
                    }}
                  >
                    {o.label}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        <div className="grid gap-2 sm:grid-cols-[1fr_1fr_auto]">
          <input className={inputClass} placeholder="Nama / jabatan penerima" aria-label={`Nama ${slug} eksternal`} value={nama} onChange={(e) => setNama(e.target.value)} />
          <input className={inputClass} placeholder="Alamat" aria-label={`Alamat ${slug} eksternal`} value={alamat} onChange={(e) => setAlamat(e.target.value)} />
          <button
            type="button"
            className="rounded-md border border-brand-600 px-3 py-1.5 text-sm text-brand-700 disabled:opacity-40"
            disabled={!nama.trim()}
            onClick={() => {
              onChange([...value, { nama: nama.trim(), alamat: alamat.trim() }]);
              setNama('');
              setAlamat('');
            }}
          >
            Tambah
          </button>
        </div>
      )}
    </fieldset>
  );
}
