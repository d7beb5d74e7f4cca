import type { InputHTMLAttributes } from 'react';

// A row's selection box (the pilih-checkbox class in app/globals.css: a 44x44 target on a phone).
// Named once there: a list draws forty of them, each class list sent in the HTML.
export function PilihCheckbox({ label, className, ...input }: Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'aria-label'> & { label: string }) {
  return (
    <label className={className ? `pilih-checkbox ${className}` : 'pilih-checkbox'}>
      <input type="checkbox" aria-label={label} {...input} />
    </label>
  );
}
