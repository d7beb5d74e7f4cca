'use client';

import { useState } from 'react';
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE_MESSAGE } from '@/lib/domain/berkas/sniff';
import { FieldError } from '@/components/ui/field-error';

/**
 * The file picker for a scan or attachment. An oversized file is refused here already, so a phone
 * on a slow line does not upload 200 MB only to be told no; the server checks again.
 */
export function ScanInput({ name, label, hint, errors, required = false }: { name: string; label: string; hint: string; errors?: string[]; required?: boolean }) {
  const [tooLarge, setTooLarge] = useState(false);
  return (
    <label className="block text-sm">
      <span className="font-semibold text-slate-700">{label}</span>
      <input
        name={name}
        type="file"
        required={required}
        accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
        aria-describedby={`${name}-hint ${name}-error`}
        className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-1.5 file:font-semibold file:text-brand-700"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          const large = file !== undefined && file.size > MAX_UPLOAD_BYTES;
          event.currentTarget.setCustomValidity(large ? UPLOAD_TOO_LARGE_MESSAGE : '');
          setTooLarge(large);
        }}
      />
      <span id={`${name}-hint`} className="mt-1 block text-xs text-slate-500">
        {hint}
      </span>
      <FieldError id={`${name}-error`} errors={tooLarge ? [UPLOAD_TOO_LARGE_MESSAGE] : errors} />
    </label>
  );
}
