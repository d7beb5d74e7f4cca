'use client';

import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';
import { formatHariLengkap } from '@/lib/domain/tanggal';

/**
 * The day a date field holds, in words under it ("Jumat, 20 November 2026"); empty while it holds
 * none. The field's description (aria-describedby), hidden from its name when a label wraps both.
 */
export function HariDalamKata({ id, nilai }: { id: string; nilai: string }) {
  return (
    <span id={id} aria-hidden="true" className="hari-kata">
      {formatHariLengkap(nilai) ?? ''}
    </span>
  );
}

/**
 * An uncontrolled date field that says its day in words (HariDalamKata), so a day typed in the
 * browser's month-first order is seen for what it is before it is sent. The form's data is the
 * field's own; a form emptied after sending shows its default again.
 */
export function IsianTanggal({ id, ...props }: Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value'> & { id: string }) {
  const awal = typeof props.defaultValue === 'string' ? props.defaultValue : '';
  const [nilai, setNilai] = useState(awal);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const form = ref.current?.form;
    if (!form) return;
    // The reset event comes before the fields are reset: read the field once it is.
    const kembali = () => setTimeout(() => setNilai(ref.current?.value ?? ''));
    form.addEventListener('reset', kembali);
    return () => form.removeEventListener('reset', kembali);
  }, []);
  const kataId = `${id}-hari`;
  return (
    <>
      <input
        {...props}
        ref={ref}
        id={id}
        type="date"
        aria-describedby={[kataId, props['aria-describedby']].filter(Boolean).join(' ')}
        onChange={(event) => {
          setNilai(event.currentTarget.value);
          props.onChange?.(event);
        }}
      />
      <HariDalamKata id={kataId} nilai={nilai} />
    </>
  );
}
