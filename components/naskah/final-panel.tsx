import { SignedResult } from '@/components/tanda-tangan/signed-result';
import { Section } from '@/components/ui/section';

export interface FinalNaskah {
  nomor: string | null;
  tanggalNaskah: Date | null;
  ditandatanganiPada: Date | null;
  berkasFinal: string | null;
  verifikasiUrl: string | null;
  tautanBerlakuSampai: Date | null;
  penerima: { id: string; nama: string; tautanUnduh: string | null }[];
}

/** A signed naskah as its drafter and verifikator see it: the number, the date and the signed PDF, never the draft preview. */
export function FinalPanel({ n }: { n: FinalNaskah }) {
  if (!n.nomor || !n.berkasFinal) return null;
  return (
    <Section title="Naskah bertanda tangan">
      <iframe title="Naskah bertanda tangan" src={n.berkasFinal} className="mb-3 hidden h-[75vh] w-full rounded-md border border-slate-200 md:block" />
      <SignedResult
        nomor={n.nomor}
        tanggalNaskah={n.tanggalNaskah}
        ditandatanganiPada={n.ditandatanganiPada}
        berkasFinal={n.berkasFinal}
        verifikasiUrl={n.verifikasiUrl}
        tautanEksternal={n.penerima.flatMap((p) => (p.tautanUnduh ? [{ id: p.id, nama: p.nama, tautanUnduh: p.tautanUnduh }] : []))}
        tautanBerlakuSampai={n.tautanBerlakuSampai}
      />
    </Section>
  );
}
