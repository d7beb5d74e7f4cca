// Konten as labelled plain-text paragraphs, for comparing versions.
import type { JenisNaskahDidukung } from './konten';
import { KONTEN_FIELDS } from './konten-fields';
import { richTextToParagraphs } from './rich-text';

function valueToParagraphs(value: unknown): string[] {
  if (typeof value === 'string') return richTextToParagraphs(value);
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => {
      if (typeof item === 'string') return richTextToParagraphs(item).map((p) => `${i + 1}. ${p}`);
      if (item && typeof item === 'object') {
        const p = item as Record<string, unknown>;
        return [`${i + 1}. ${[p.nama, p.nip, p.pangkat, p.jabatan].filter(Boolean).join('; ')}`];
      }
      return [];
    });
  }
  return [];
}

export function kontenToParagraphs(jenis: JenisNaskahDidukung, perihal: string, konten: unknown): string[] {
  const k = (konten && typeof konten === 'object' ? konten : {}) as Record<string, unknown>;
  return [`Hal: ${perihal}`, ...KONTEN_FIELDS[jenis].flatMap((f) => [`[${f.label}]`, ...valueToParagraphs(k[f.name])])];
}
