import { formatLampiran } from '@/lib/domain/naskah/atribut-naskah';

const SEBUTAN = ['berkas', 'eksemplar', 'lembar', 'bundel', 'buku', 'keping CD'];

/** What the lampiran are called on the printed "Lampiran" line, with that line shown as it will print. */
export function LampiranKeteranganField({ count, value, onChange, error }: { count: number; value: string; onChange: (v: string) => void; error?: string }) {
  return (
    <div className="space-y-1">
      <label htmlFor="lampiran-keterangan" className="block text-sm font-medium text-slate-800">
        Sebutan lampiran
      </label>
      <input
        id="lampiran-keterangan"
        list="lampiran-sebutan"
        className="w-full rounded-md border border-slate-300 px-2 py-2 text-sm sm:max-w-xs"
        placeholder="berkas"
        maxLength={30}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <datalist id="lampiran-sebutan">
        {SEBUTAN.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <p className="text-xs text-slate-600" data-testid="lampiran-line">
        Tercetak: Lampiran : {formatLampiran(count, value)}
      </p>
      {error && <p className="text-sm text-red-700">{error}</p>}
    </div>
  );
}
