'use client';

import { useId } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { FieldError } from '@/components/ui/field-error';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { IsianTanggal } from '@/components/ui/isian-tanggal';
import { PilihBerkas } from '@/components/ui/pilih-berkas';
import { PilihCari } from './pilih-cari';

export interface FieldSpec {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'date' | 'number' | 'select' | 'textarea' | 'file' | 'hidden' | 'checkbox' | 'search' | 'cari';
  /** type 'cari': where its choices are asked as the admin types (PilihCari); the form sends the chosen id. */
  cariUrl?: string;
  defaultValue?: string;
  options?: { value: string; label: string }[];
  required?: boolean;
  placeholder?: string;
  accept?: string;
  hint?: string;
  /** Columns taken in the two-column desktop grid. */
  wide?: boolean;
  inputMode?: 'numeric' | 'text';
  maxLength?: number;
  /**
   * type 'select': the other fields' values for each option (a saved row's), put in the form when it
   * is chosen; '*' for an option without its own. Choosing a jenis in Penomoran showed the defaults,
   * so saving replaced the jenis's real template with them.
   */
  isiPerPilihan?: Record<string, Record<string, string>>;
}

/** Puts values into the named fields of a form (a checkbox takes 'true' as checked). */
function isiBidang(form: HTMLFormElement | null, values: Record<string, string> | undefined) {
  if (!form || !values) return;
  for (const [name, value] of Object.entries(values)) {
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = value === 'true';
    else if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement || field instanceof HTMLSelectElement) field.value = value;
  }
}

export interface SubmitSpec {
  label: string;
  /** Sent as `mode` when this button submits (e.g. a dry run next to the real import). */
  mode?: string;
  tone?: 'primary' | 'secondary' | 'danger';
}

const inputClass = 'mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base md:text-sm';
const TONE = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800',
  secondary: 'border border-slate-300 bg-white text-slate-800 hover:bg-slate-50',
  danger: 'bg-red-700 text-white hover:bg-red-800',
} as const;

/**
 * One form component for every admin form: fields described as data (so server pages can pass
 * them), errors under each field, the outcome line, and `rows` errors (CSV imports) as a list.
 */
export function AdminForm(props: {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  submits: SubmitSpec[];
  columns?: 1 | 2 | 3;
  label?: string;
  compact?: boolean;
}) {
  // A page may hold several: each row's form is told apart by its hidden fields (the row's id).
  const isian = ['admin', props.label ?? '', ...props.fields.filter((f) => f.type === 'hidden').map((f) => `${f.name}=${f.defaultValue ?? ''}`)].join(':');
  const { state, pending, form } = useFormAction(props.action, { isian });
  const uid = useId();
  const e = state.fieldErrors ?? {};
  const grid = props.columns === 3 ? 'md:grid-cols-3' : props.columns === 2 ? 'md:grid-cols-2' : '';
  const visible = props.fields.filter((f) => f.type !== 'hidden');
  return (
    <form {...form} aria-label={props.label} className={props.compact ? 'space-y-2' : 'space-y-3'}>
      {props.fields
        .filter((f) => f.type === 'hidden')
        .map((f) => (
          <input key={f.name} type="hidden" name={f.name} value={f.defaultValue ?? ''} />
        ))}
      {visible.length > 0 && (
        <div className={`grid gap-3 ${grid}`}>
          {visible.map((f) => (
            <Field key={f.name} field={f} errors={e[f.name]} uid={uid} />
          ))}
        </div>
      )}
      {e.rows && e.rows.length > 0 && (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900" data-testid="row-errors">
          <p className="font-semibold">{e.rows.length} kesalahan ditemukan; tidak ada data yang disimpan.</p>
          <ul className="mt-1 max-h-72 list-disc overflow-auto pl-5">
            {e.rows.map((msg, i) => (
              <li key={i}>{msg}</li>
            ))}
          </ul>
        </div>
      )}
      <FormMessage state={state} />
      <div className="flex flex-wrap gap-2">
        {props.submits.map((s) => (
          <button
            key={s.label}
            type="submit"
            name={s.mode ? 'mode' : undefined}
            value={s.mode}
            disabled={pending}
            className={`rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60 ${TONE[s.tone ?? 'primary']}`}
          >
            {s.label}
          </button>
        ))}
      </div>
    </form>
  );
}

function Field({ field: f, errors, uid }: { field: FieldSpec; errors?: string[]; uid: string }) {
  const errorId = `${uid}-${f.name}-error`;
  const common = { name: f.name, id: `${uid}-${f.name}`, required: f.required, 'aria-invalid': errors?.length ? true : undefined, 'aria-describedby': errors?.length ? errorId : undefined };
  if (f.type === 'checkbox') {
    return (
      <label className={`flex items-center gap-2 text-sm ${f.wide ? 'md:col-span-full' : ''}`}>
        <input type="checkbox" {...common} defaultChecked={f.defaultValue === 'true'} className="h-4 w-4" />
        <span className="text-slate-700">{f.label}</span>
        <FieldError id={errorId} errors={errors} />
      </label>
    );
  }
  // The label holds only its text (not the control), so a select's options never leak into its name.
  return (
    <div className={`text-sm ${f.wide ? 'md:col-span-full' : ''}`}>
      <label htmlFor={common.id} className="font-semibold text-slate-700">
        {f.label}
      </label>
      {f.type === 'cari' ? (
        <PilihCari id={common.id} name={f.name} url={f.cariUrl ?? ''} placeholder={f.placeholder} invalid={Boolean(errors?.length)} describedBy={common['aria-describedby']} />
      ) : f.type === 'select' ? (
        <select
          {...common}
          defaultValue={f.defaultValue ?? ''}
          onChange={f.isiPerPilihan ? (ev) => isiBidang(ev.currentTarget.form, f.isiPerPilihan![ev.currentTarget.value] ?? f.isiPerPilihan!['*']) : undefined}
          className={inputClass}
        >
          {f.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : f.type === 'file' ? (
        <PilihBerkas id={common.id} name={f.name} accept={f.accept} required={f.required} invalid={Boolean(errors?.length)} describedBy={common['aria-describedby']} />
      ) : f.type === 'date' ? (
        <IsianTanggal {...common} defaultValue={f.defaultValue} className={inputClass} />
      ) : f.type === 'textarea' ? (
        <textarea {...common} defaultValue={f.defaultValue} rows={3} className={inputClass} />
      ) : (
        <input {...common} type={f.type ?? 'text'} defaultValue={f.defaultValue} placeholder={f.placeholder} accept={f.accept} inputMode={f.inputMode} maxLength={f.maxLength} className={inputClass} />
      )}
      {f.hint && <span className="mt-0.5 block text-xs text-slate-500">{f.hint}</span>}
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}
