'use client';

// "Tambah manual" (people outside the system, e.g. from another instansi) and "Ubah" of a row:
// the same fields and the same messages as the server's petugasSchema.
import { useState } from 'react';
import { z } from 'zod';
import { petugasSchema, type Petugas } from '@/lib/domain/naskah/konten';
import { GOLONGAN, pangkatLabel } from '@/lib/domain/pegawai/golongan';
import { NIP_INPUT_MAX_LENGTH, normalizeNip } from '@/lib/domain/pegawai/nip';

const inputClass = 'w-full rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600 focus:outline-none aria-[invalid=true]:border-red-500';
const PANGKAT_SARAN = [...GOLONGAN.map(([g]) => pangkatLabel(g)!), 'PPPK'];

type Errors = Partial<Record<'nama' | 'nip' | 'pangkat' | 'jabatan', string[]>>;

export function PetugasForm({ idPrefix, initial, submitLabel, onSubmit, onCancel }: { idPrefix: string; initial?: Petugas; submitLabel: string; onSubmit: (p: Petugas) => void; onCancel?: () => void }) {
  const [nama, setNama] = useState(initial?.nama ?? '');
  const [nip, setNip] = useState(initial?.nip ?? '');
  const [pangkat, setPangkat] = useState(initial?.pangkat ?? '');
  const [jabatan, setJabatan] = useState(initial?.jabatan ?? '');
  const [errors, setErrors] = useState<Errors>({});

  const submit = () => {
    const parsed = petugasSchema.safeParse({
      ...(initial?.pegawaiId ? { pegawaiId: initial.pegawaiId } : {}),
      nama,
      ...(nip.trim() ? { nip } : {}),
      ...(pangkat.trim() ? { pangkat } : {}),
      jabatan,
    });
    if (!parsed.success) {
      setErrors(z.flattenError(parsed.error).fieldErrors as Errors);
      return;
    }
    onSubmit(parsed.data);
    if (!initial) {
      setNama('');
      setNip('');
      setPangkat('');
      setJabatan('');
    }
    setErrors({});
  };

  const field = (name: keyof Errors, label: string, value: string, set: (v: string) => void, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => {
    const id = `${idPrefix}-${name}`;
    const err = errors[name];
    return (
      <div className="space-y-1">
        <label htmlFor={id} className="block text-xs font-medium text-slate-700">
          {label}
        </label>
        <input
          id={id}
          className={inputClass}
          value={value}
          onChange={(e) => set(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              submit();
            }
          }}
          aria-invalid={!!err}
          aria-describedby={err ? `${id}-error` : undefined}
          {...extra}
        />
        {err && (
          <p id={`${id}-error`} className="text-xs text-red-700">
            {err[0]}
          </p>
        )}
      </div>
    );
  };

  return (
    <div className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3">
      <div className="grid gap-3 sm:grid-cols-2">
        {field('nama', 'Nama (dengan gelar)', nama, setNama, { maxLength: 200 })}
        {field('nip', 'NIP (boleh kosong)', nip, (v) => setNip(normalizeNip(v)), { inputMode: 'numeric', maxLength: NIP_INPUT_MAX_LENGTH, placeholder: '18 angka' })}
        {field('pangkat', 'Pangkat (golongan), boleh kosong', pangkat, setPangkat, { list: `${idPrefix}-pangkat-saran`, maxLength: 100 })}
        {field('jabatan', 'Jabatan', jabatan, setJabatan, { maxLength: 300 })}
      </div>
      <datalist id={`${idPrefix}-pangkat-saran`}>
        {PANGKAT_SARAN.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <div className="flex flex-wrap gap-2">
        <button type="button" className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700" onClick={submit}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm" onClick={onCancel}>
            Batal
          </button>
        )}
      </div>
    </div>
  );
}
