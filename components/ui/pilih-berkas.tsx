'use client';

import { useEffect, useRef, useState, type ChangeEvent } from 'react';

export const PILIH_BERKAS = 'Pilih berkas';
export const BELUM_ADA_BERKAS = 'Belum ada berkas dipilih';

/**
 * A file field that reads in Indonesian whatever the browser's language: the browser's own field
 * says "Choose File" and "No file chosen" on an English phone, and the public verification page is
 * opened from any phone. The native input stays the control, transparent over the face (a tap
 * anywhere on it opens the picker, a file dropped on it is taken, the keyboard focuses it, `required`
 * and its message work, the form sends it); the face shows the chosen file's name. Label it with a
 * `<label htmlFor={id}>` outside, so its name is the label alone.
 */
export function PilihBerkas(props: {
  id: string;
  name: string;
  accept?: string;
  required?: boolean;
  disabled?: boolean;
  describedBy?: string;
  invalid?: boolean;
  onChange?: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  const [nama, setNama] = useState<string | null>(null);
  const ref = useRef<HTMLInputElement>(null);
  // A form emptied after it was sent (useFormAction resets it) empties the field: the name goes too.
  useEffect(() => {
    const form = ref.current?.form;
    if (!form) return;
    const kosongkan = () => setNama(null);
    form.addEventListener('reset', kosongkan);
    return () => form.removeEventListener('reset', kosongkan);
  }, []);
  const statusId = `${props.id}-berkas`;
  return (
    <span className="relative mt-1 flex min-h-11 items-center gap-3 rounded-md border border-slate-300 bg-white px-2 py-1.5 focus-within:outline focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-brand-700">
      <input
        ref={ref}
        id={props.id}
        name={props.name}
        type="file"
        accept={props.accept}
        required={props.required}
        disabled={props.disabled}
        aria-invalid={props.invalid || undefined}
        aria-describedby={[statusId, props.describedBy].filter(Boolean).join(' ')}
        className="absolute inset-0 h-full w-full cursor-pointer opacity-0 disabled:cursor-not-allowed"
        onChange={(event) => {
          setNama(event.currentTarget.files?.[0]?.name ?? null);
          props.onChange?.(event);
        }}
      />
      <span aria-hidden="true" className="shrink-0 rounded-md bg-brand-50 px-3 py-1.5 text-sm font-semibold text-brand-700">
        {PILIH_BERKAS}
      </span>
      <span id={statusId} className={`min-w-0 truncate text-sm ${nama ? 'text-slate-800' : 'text-slate-500'}`}>
        {nama ?? BELUM_ADA_BERKAS}
      </span>
    </span>
  );
}
