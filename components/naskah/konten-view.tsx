// Konten of a naskah as read by reviewers: one block per field of the jenis.
import type { KontenField } from '@/lib/domain/naskah/konten-fields';
import type { Petugas } from '@/lib/domain/naskah/konten';
import { sanitizeRichText } from '@/lib/domain/naskah/rich-text';
import { formatTanggal } from '@/lib/domain/tanggal';
import './naskah-prose.css';

function Rich({ html }: { html: string }) {
  // Stored konten was sanitized on write; sanitizing again at render keeps a bad row harmless.
  return <div className="naskah-prose text-sm" dangerouslySetInnerHTML={{ __html: sanitizeRichText(html) || '<p>—</p>' }} />;
}

function Value({ field, value }: { field: KontenField; value: unknown }) {
  switch (field.kind) {
    case 'richText':
      return <Rich html={typeof value === 'string' ? value : ''} />;
    case 'richTextList':
      return (
        <ol className="list-decimal space-y-2 pl-5">
          {(Array.isArray(value) ? (value as string[]) : []).map((v, i) => (
            <li key={i}>
              <Rich html={v} />
            </li>
          ))}
        </ol>
      );
    case 'date':
      return <p className="text-sm">{typeof value === 'string' && value ? formatTanggal(new Date(`${value}T00:00:00+07:00`)) : '—'}</p>;
    case 'line':
      return <p className="text-sm">{typeof value === 'string' && value ? value : '—'}</p>;
    case 'points':
      return (
        <ol className="list-decimal pl-5 text-sm">
          {(Array.isArray(value) ? (value as string[]) : []).map((v, i) => (
            <li key={i}>{v}</li>
          ))}
        </ol>
      );
    case 'petugas':
      return (
        <ol className="list-decimal space-y-1 pl-5 text-sm">
          {(Array.isArray(value) ? (value as Petugas[]) : []).map((p, i) => (
            <li key={i}>
              {p.nama}
              {p.nip ? `, NIP ${p.nip}` : ''}
              {p.pangkat ? `, ${p.pangkat}` : ''}
              {p.jabatan ? ` — ${p.jabatan}` : ''}
            </li>
          ))}
        </ol>
      );
  }
}

/** The fields of a jenis under their labels; a jenis with one field ("Isi naskah") needs no label under its section's title. */
export function KontenView({ fields, konten }: { fields: KontenField[]; konten: unknown }) {
  const k = (konten && typeof konten === 'object' ? konten : {}) as Record<string, unknown>;
  if (fields.length === 1) return <Value field={fields[0]!} value={k[fields[0]!.name]} />;
  return (
    <dl className="space-y-3">
      {fields.map((f) => (
        <div key={f.name}>
          <dt className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{f.label}</dt>
          <dd className="mt-0.5">
            <Value field={f} value={k[f.name]} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
