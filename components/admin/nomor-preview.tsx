'use client';

import { useEffect, useState } from 'react';
import { checkTemplate, checkTemplateCharacters, formatNomor } from '@/lib/domain/penomoran/format-nomor';

/**
 * Live example of the number the template being typed would give (the same formatNomor the
 * signing service uses). It listens to the form's template and digit fields.
 */
export function NomorPreview({ singkatan }: { singkatan: string }) {
  const [values, setValues] = useState({ template: '{klasifikasi}/{nomor}/{unit}/{tahun}', digits: 4 });
  useEffect(() => {
    const read = () => {
      const template = document.querySelector<HTMLInputElement>('input[name="template"]')?.value ?? '';
      const digits = Number(document.querySelector<HTMLInputElement>('input[name="panjangNomor"]')?.value) || 4;
      setValues({ template, digits: Math.min(8, Math.max(1, digits)) });
    };
    document.addEventListener('input', read);
    read();
    return () => document.removeEventListener('input', read);
  }, []);
  const valid = checkTemplate(values.template);
  const check = valid.ok ? checkTemplateCharacters(values.template) : valid;
  const now = new Date();
  return (
    <p className="mb-3 rounded-md bg-slate-50 px-3 py-2 text-sm" aria-live="polite" data-testid="nomor-preview">
      Contoh:{' '}
      {check.ok ? (
        <span className="font-mono font-semibold text-emerald-800">
          {formatNomor(values.template, { klasifikasi: '000.1.2.3', nomor: 157, unit: singkatan, tahun: now.getFullYear(), bulan: now.getMonth() + 1, jenis: 'ND' }, values.digits)}
        </span>
      ) : (
        <span className="text-red-700">{check.message}</span>
      )}
    </p>
  );
}
