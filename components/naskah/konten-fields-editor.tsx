'use client';

// One control per konten field of the jenis (lib/domain/naskah/konten-fields.ts).
import type { KontenField } from '@/lib/domain/naskah/konten-fields';
import { HariDalamKata } from '@/components/ui/isian-tanggal';
import { PetugasEditor } from './petugas-editor';
import { RichTextEditor } from './rich-text-editor';

export type Konten = Record<string, unknown>;

const inputClass = 'w-full rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600 focus:outline-none';

const linesOf = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').join('\n') : '');
const toLines = (text: string) => text.split('\n');

function FieldControl({ field, value, onChange, errors }: { field: KontenField; value: unknown; onChange: (v: unknown) => void; errors?: string[] }) {
  const id = `konten-${field.name}`;
  switch (field.kind) {
    case 'richText':
      return <RichTextEditor id={id} label={field.label} value={typeof value === 'string' ? value : ''} onChange={onChange} />;
    case 'richTextList': {
      const items = Array.isArray(value) && value.length > 0 ? (value as string[]) : [''];
      return (
        <div className="space-y-2">
          {items.map((item, i) => (
            <div key={i} className="space-y-1">
              <div className="flex items-center justify-between text-xs text-slate-500">
                <span>Diktum {i + 1}</span>
                {items.length > 1 && (
                  <button type="button" className="text-red-700" onClick={() => onChange(items.filter((_, j) => j !== i))}>
                    Hapus
                  </button>
                )}
              </div>
              <RichTextEditor id={`${id}-${i}`} label={`${field.label} ${i + 1}`} value={item} onChange={(html) => onChange(items.map((v, j) => (j === i ? html : v)))} />
            </div>
          ))}
          <button type="button" className="text-sm font-medium text-brand-700" onClick={() => onChange([...items, ''])}>
            + Tambah diktum
          </button>
        </div>
      );
    }
    case 'date':
      return (
        <>
          <input id={id} type="date" className={inputClass} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} aria-invalid={!!errors} aria-describedby={`${id}-hari`} />
          <HariDalamKata id={`${id}-hari`} nilai={typeof value === 'string' ? value : ''} />
        </>
      );
    case 'line':
      return <input id={id} type="text" className={inputClass} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} aria-invalid={!!errors} />;
    case 'points':
      return <textarea id={id} rows={4} className={inputClass} value={linesOf(value)} onChange={(e) => onChange(toLines(e.target.value))} aria-invalid={!!errors} />;
    case 'petugas':
      return <PetugasEditor id={id} value={value} onChange={onChange} />;
  }
}

export function KontenFieldsEditor({ fields, konten, onChange, fieldErrors }: { fields: KontenField[]; konten: Konten; onChange: (k: Konten) => void; fieldErrors?: Record<string, string[] | undefined> }) {
  return (
    <div className="space-y-4">
      {fields.map((field) => {
        const errors = fieldErrors?.[field.name];
        return (
          <div key={field.name} className="space-y-1">
            <label htmlFor={`konten-${field.name}`} className="block text-sm font-medium text-slate-800">
              {field.label}
            </label>
            {field.hint && <p className="text-xs text-slate-500">{field.hint}</p>}
            <FieldControl field={field} value={konten[field.name]} onChange={(v) => onChange({ ...konten, [field.name]: v })} errors={errors} />
            {errors?.map((e) => (
              <p key={e} className="text-sm text-red-700">
                {e}
              </p>
            ))}
          </div>
        );
      })}
    </div>
  );
}
