'use client';

// "Kepada" of a Surat Tugas / Surat Perintah: the numbered list of people assigned (printed in this
// order), filled from the pegawai search or by hand. Cards on a phone, table-like rows on a desktop.
import { useState } from 'react';
import type { Petugas } from '@/lib/domain/naskah/konten';
import { indexOfPegawai, movePetugas } from '@/lib/domain/naskah/petugas';
import { PegawaiLookup, type PegawaiHit } from './pegawai-lookup';
import { PetugasForm } from './petugas-form';

const asList = (value: unknown): Petugas[] => (Array.isArray(value) ? (value as Petugas[]) : []);
// The action column has a fixed width so the header row lines up with the rows.
const COLUMNS = 'sm:grid-cols-[2rem_minmax(0,1.6fr)_minmax(0,1.1fr)_minmax(0,1.8fr)_13rem]';
const smallButton = 'min-h-11 min-w-11 sm:min-h-9 sm:min-w-9 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-700 hover:bg-slate-50 disabled:opacity-30';

export function PetugasEditor({ id, value, onChange }: { id: string; value: unknown; onChange: (v: Petugas[]) => void }) {
  const list = asList(value);
  const [mode, setMode] = useState<'pegawai' | 'manual'>('pegawai');
  const [editing, setEditing] = useState<number | null>(null);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const chosen = new Set(list.flatMap((p) => (p.pegawaiId ? [p.pegawaiId] : [])));

  const add = (p: Petugas) => {
    onChange([...list, p]);
    setNotice({ ok: true, text: `${p.nama} ditambahkan sebagai nomor ${list.length + 1}.` });
  };
  const pick = (hit: PegawaiHit) => {
    const at = indexOfPegawai(list, hit.pegawaiId);
    if (at >= 0) setNotice({ ok: false, text: `${hit.petugas.nama} sudah ada dalam daftar (nomor ${at + 1}).` });
    else add(hit.petugas);
  };
  const move = (i: number, delta: -1 | 1) => {
    onChange(movePetugas(list, i, delta));
    setEditing(null);
    setNotice(null);
  };
  const remove = (i: number) => {
    onChange(list.filter((_, j) => j !== i));
    setEditing(null);
    setNotice({ ok: true, text: `${list[i]!.nama} dihapus dari daftar.` });
  };

  return (
    <div className="space-y-3">
      {list.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 px-3 py-4 text-center text-sm text-slate-500">Belum ada orang yang ditugaskan.</p>
      ) : (
        <div className="overflow-hidden rounded-md border border-slate-200">
          <div aria-hidden className={`hidden gap-3 bg-slate-50 px-3 py-2 text-xs font-medium text-slate-500 sm:grid ${COLUMNS}`}>
            <span>No.</span>
            <span>Nama / NIP</span>
            <span>Pangkat (gol.)</span>
            <span>Jabatan</span>
            <span className="sr-only">Tindakan</span>
          </div>
          <ol aria-label="Daftar petugas" className="divide-y divide-slate-200">
            {list.map((p, i) => (
              <li key={`${i}-${p.pegawaiId ?? p.nama}`} className="px-3 py-2.5">
                {editing === i ? (
                  <PetugasForm
                    idPrefix={`${id}-ubah-${i}`}
                    initial={p}
                    submitLabel="Simpan perubahan"
                    onSubmit={(changed) => {
                      onChange(list.map((q, j) => (j === i ? changed : q)));
                      setEditing(null);
                      setNotice({ ok: true, text: `Nomor ${i + 1} diperbarui.` });
                    }}
                    onCancel={() => setEditing(null)}
                  />
                ) : (
                  <div className={`grid grid-cols-[1.75rem_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm sm:items-center ${COLUMNS}`}>
                    <span className="font-semibold text-slate-700">{i + 1}.</span>
                    <div className="min-w-0">
                      <p className="font-medium break-words text-slate-900">{p.nama}</p>
                      <p className="text-xs text-slate-600">{p.nip ? `NIP ${p.nip}` : 'Tanpa NIP'}</p>
                      {!p.pegawaiId && <p className="text-xs text-slate-500 italic">diisi manual</p>}
                    </div>
                    <p className="col-start-2 break-words text-slate-700 sm:col-start-auto">
                      <span className="text-xs text-slate-500 sm:hidden">Pangkat: </span>
                      {p.pangkat || '—'}
                    </p>
                    <p className={`col-start-2 break-words sm:col-start-auto ${p.jabatan ? 'text-slate-700' : 'text-red-700'}`}>
                      <span className="text-xs text-slate-500 sm:hidden">Jabatan: </span>
                      {p.jabatan || 'Jabatan belum diisi'}
                    </p>
                    <div className="col-start-2 mt-1 flex flex-wrap gap-1.5 sm:col-start-auto sm:mt-0 sm:justify-end">
                      <button type="button" className={smallButton} aria-label={`Naikkan ${p.nama}`} title="Naikkan" disabled={i === 0} onClick={() => move(i, -1)}>
                        ↑
                      </button>
                      <button type="button" className={smallButton} aria-label={`Turunkan ${p.nama}`} title="Turunkan" disabled={i === list.length - 1} onClick={() => move(i, 1)}>
                        ↓
                      </button>
                      <button type="button" className={smallButton} aria-label={`Ubah ${p.nama}`} onClick={() => setEditing(i)}>
                        Ubah
                      </button>
                      <button type="button" className={`${smallButton} text-red-700`} aria-label={`Hapus ${p.nama}`} onClick={() => remove(i)}>
                        Hapus
                      </button>
                    </div>
                  </div>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}

      <div className="space-y-2">
        <p role="status" aria-live="polite" className={`text-sm ${notice?.ok === false ? 'text-red-700' : 'text-emerald-800'}`}>
          {notice?.text}
        </p>
        <div role="group" aria-label="Cara menambah petugas" className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 text-sm">
          {(
            [
              ['pegawai', 'Tambah dari pegawai'],
              ['manual', 'Tambah manual'],
            ] as const
          ).map(([m, label]) => (
            <button
              key={m}
              type="button"
              aria-pressed={mode === m}
              className={`rounded px-3 py-1.5 ${mode === m ? 'bg-brand-600 font-medium text-white' : 'text-slate-700 hover:bg-slate-50'}`}
              onClick={() => {
                setMode(m);
                setNotice(null);
              }}
            >
              {label}
            </button>
          ))}
        </div>
        {mode === 'pegawai' ? (
          <PegawaiLookup inputId={id} chosen={chosen} onPick={pick} />
        ) : (
          <PetugasForm idPrefix={`${id}-manual`} submitLabel="Tambah ke daftar" onSubmit={add} />
        )}
      </div>
    </div>
  );
}
