'use client';

// The paraf chain the drafter confirms before submitting: the default (their superiors up to the
// signer) or an edited list; the server checks it again (lib/domain/naskah/review-chain.ts).
export interface ChainOption {
  id: string;
  nama: string;
  pemegang: string | null;
}

export function ChainEditor({ options, value, defaultChain, onChange }: { options: ChainOption[]; value: string[]; defaultChain: string[]; onChange: (v: string[]) => void }) {
  const byId = new Map(options.map((o) => [o.id, o]));
  const move = (i: number, d: -1 | 1) => {
    const next = [...value];
    [next[i], next[i + d]] = [next[i + d]!, next[i]!];
    onChange(next);
  };
  const addable = options.filter((o) => !value.includes(o.id));
  return (
    <div className="space-y-2">
      {value.length === 0 ? (
        <p className="text-sm text-slate-600">Tanpa verifikator: naskah langsung menunggu tanda tangan.</p>
      ) : (
        <ol aria-label="Alur verifikasi" className="space-y-1">
          {value.map((id, i) => (
            <li key={id} className="flex items-center gap-2 rounded-md border border-slate-200 bg-white px-2 py-1.5 text-sm">
              <span className="w-5 text-slate-500">{i + 1}.</span>
              <span className="min-w-0 flex-1">
                <span className="block truncate font-medium">{byId.get(id)?.nama ?? 'Jabatan tidak dikenal'}</span>
                {byId.get(id)?.pemegang && <span className="block truncate text-xs text-slate-500">{byId.get(id)!.pemegang}</span>}
              </span>
              <button type="button" className="px-1 text-slate-600 disabled:opacity-30" aria-label="Naikkan" disabled={i === 0} onClick={() => move(i, -1)}>
                ↑
              </button>
              <button type="button" className="px-1 text-slate-600 disabled:opacity-30" aria-label="Turunkan" disabled={i === value.length - 1} onClick={() => move(i, 1)}>
                ↓
              </button>
              <button type="button" className="px-1 text-red-700" aria-label={`Hapus ${byId.get(id)?.nama ?? ''}`} onClick={() => onChange(value.filter((v) => v !== id))}>
                ✕
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="flex flex-wrap items-center gap-2">
        {addable.length > 0 && (
          <select
            aria-label="Tambah verifikator"
            className="w-full max-w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm sm:w-auto"
            value=""
            onChange={(e) => e.target.value && onChange([...value, e.target.value])}
          >
            <option value="">+ Tambah verifikator…</option>
            {addable.map((o) => (
              <option key={o.id} value={o.id}>
                {o.nama}
              </option>
            ))}
          </select>
        )}
        {value.join() !== defaultChain.join() && (
          <button type="button" className="text-sm text-brand-700" onClick={() => onChange(defaultChain)}>
            Kembalikan ke alur bawaan
          </button>
        )}
      </div>
    </div>
  );
}
