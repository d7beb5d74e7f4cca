'use client';

import { useState } from 'react';

// Tujuan or tembusan: internal posts (delivered into their inbox) or external name + address.
export type PenerimaValue = { jabatanId: string } | { nama: string; alamat: string };

const inputClass = 'w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm';

export function PenerimaPicker({ label, options, value, onChange }: { label: string; options: { id: string; label: string }[]; value: PenerimaValue[]; onChange: (v: PenerimaValue[]) => void }) {
  const [mode, setMode] = useState<'internal' | 'eksternal'>('internal');
  const [filter, setFilter] = useState('');
  const [nama, setNama] = useState('');
  const [alamat, setAlamat] = useState('');
  const labelOf = new Map(options.map((o) => [o.id, o.label]));
  const chosen = new Set(value.flatMap((v) => ('jabatanId' in v ? [v.jabatanId] : [])));
  const matches = filter.trim().length < 2 ? [] : options.filter((o) => !chosen.has(o.id) && o.label.toLowerCase().includes(filter.trim().toLowerCase())).slice(0, 8);
  const slug = label.toLowerCase();

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      {value.length > 0 && (
        <ul aria-label={`Daftar ${slug}`} className="space-y-1">
          {value.map((v, i) => (
            <li key={i} className="flex items-start gap-2 rounded-md bg-slate-50 px-2 py-1 text-sm">
              <span className="min-w-0 flex-1">
                {'jabatanId' in v ? (labelOf.get(v.jabatanId) ?? 'Jabatan') : `${v.nama}${v.alamat ? `, ${v.alamat}` : ''}`}
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
          {matches.length > 0 && (
            <ul className="mt-1 max-h-48 overflow-auto rounded-md border border-slate-200 bg-white text-sm">
              {matches.map((o) => (
                <li key={o.id}>
                  <button
                    type="button"
                    className="w-full px-2 py-1.5 text-left hover:bg-brand-50"
                    onClick={() => {
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
