import type { InputHTMLAttributes } from 'react';

// A row's selection box: a 20-px checkbox inside a 44x44 label, so a thumb hits it on a phone
// (WCAG 2.5.5) without the row growing (the negative margin gives the padding back).
export function PilihCheckbox({ label, className, ...input }: Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'aria-label'> & { label: string }) {
  return (
    <label className={`-m-3 inline-flex h-11 w-11 shrink-0 cursor-pointer items-center justify-center ${className ?? ''}`}>
      <input type="checkbox" aria-label={label} className="h-5 w-5" {...input} />
    </label>
  );
}
