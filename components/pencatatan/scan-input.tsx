'use client';

import { useId, useState } from 'react';
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE_MESSAGE } from '@/lib/domain/berkas/sniff';
import { FieldError } from '@/components/ui/field-error';
import { PilihBerkas } from '@/components/ui/pilih-berkas';

/**
 * The file picker for a scan or attachment. An oversized file is refused here already, so a phone
 * on a slow line does not upload 200 MB only to be told no; the server checks again.
 */
export function ScanInput({ name, label, hint, errors, required = false }: { name: string; label: string; hint: string; errors?: string[]; required?: boolean }) {
  const [tooLarge, setTooLarge] = useState(false);
  // A page may hold this field more than once (a report form per disposisi received).
  const id = useId();
  return (
    <div className="block text-sm">
      <label htmlFor={id} className="font-semibold text-slate-700">
        {label}
      </label>
      <PilihBerkas
        id={id}
        name={name}
        required={required}
        accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
        describedBy={`${id}-hint ${name}-error`}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          const large = file !== undefined && file.size > MAX_UPLOAD_BYTES;
          event.currentTarget.setCustomValidity(large ? UPLOAD_TOO_LARGE_MESSAGE : '');
          setTooLarge(large);
        }}
      />
      <span id={`${id}-hint`} className="mt-1 block text-xs text-slate-500">
        {hint}
      </span>
      <FieldError id={`${name}-error`} errors={tooLarge ? [UPLOAD_TOO_LARGE_MESSAGE] : errors} />
    </div>
  );
}
