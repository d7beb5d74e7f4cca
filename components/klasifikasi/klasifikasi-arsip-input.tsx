'use client';
import { useState } from 'react';
import { useTanyaSaatMengetik } from '@/components/ui/use-tanya-saat-mengetik';
import type { KlasifikasiPilihan } from '@/lib/domain/klasifikasi/pilihan';

const PILIHAN_URL = '/cari/klasifikasi';
const DEBOUNCE_MS = 250;

/**
 * A kode klasifikasi arsip, typed or picked from suggestions asked of the server as the person types
 * (a kode's start or a word of its name), first when the field is focused: the page carries no list
 * of codes. Put it inside its <label>. `onDikenali` hears the suggestion whose kode is exactly what
 * is typed (null while there is none), for a form that stores the code's id.
 */
export function KlasifikasiArsipInput(props: {
  listId: string;
  value: string;
  onChange: (teks: string) => void;
  onDikenali?: (pilihan: KlasifikasiPilihan | null) => void;
  name?: string;
  className?: string;
  describedBy?: string;
}) {
  const [aktif, setAktif] = useState(false);
  const [pilihan, setPilihan] = useState<KlasifikasiPilihan[]>([]);
  const term = props.value.trim();
  // Suggestions only: offline or refused, the field still takes a typed kode.
  useTanyaSaatMengetik(aktif ? term : null, (kata) => `${PILIHAN_URL}?teks=${encodeURIComponent(kata)}`, DEBOUNCE_MS, (jawaban, kata) => {
    const body = jawaban as { ok: boolean; hasil?: KlasifikasiPilihan[] } | null;
    if (!body?.ok || !body.hasil) return;
    setPilihan(body.hasil);
    // A kode typed in full (or pasted) is known once its answer is in, without picking it.
    if (kata === term) props.onDikenali?.(body.hasil.find((k) => k.kode === kata) ?? null);
  });
  return (
    <>
      <input
        type="text"
        name={props.name}
        value={props.value}
        onChange={(e) => {
          props.onChange(e.target.value);
          props.onDikenali?.(pilihan.find((k) => k.kode === e.target.value.trim()) ?? null);
        }}
        onFocus={() => setAktif(true)}
        list={props.listId}
        autoComplete="off"
        inputMode="text"
        maxLength={60}
        placeholder="Kode atau nama, mis. 800.1"
        aria-describedby={props.describedBy}
        className={props.className}
      />
      <datalist id={props.listId} data-testid={props.listId}>
        {pilihan.map((k) => (
          <option key={k.kode} value={k.kode}>
            {`${k.kode} ${k.nama}`}
          </option>
        ))}
      </datalist>
    </>
  );
}
