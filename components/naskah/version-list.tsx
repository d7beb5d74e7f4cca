import { formatTanggalJam } from '@/lib/domain/tanggal';

export interface VersionRow {
  versi: number;
  catatan: string | null;
  createdAt: Date;
  oleh: string | null;
}

/** Every version, newest first, with a form to compare two of them side by side. */
export function VersionList({ naskahId, rows }: { naskahId: string; rows: VersionRow[] }) {
  const [newest, previous] = rows;
  return (
    <div className="space-y-3">
      <ul className="divide-y divide-slate-100 text-sm">
        {rows.map((v) => (
          <li key={v.versi} className="flex flex-wrap items-baseline gap-x-2 py-1.5">
            <span className="font-semibold">Versi {v.versi}</span>
            <span className="text-slate-600">{v.oleh ?? ''}</span>
            <time className="text-xs text-slate-500">{formatTanggalJam(v.createdAt)}</time>
            {v.catatan && <span className="w-full text-xs text-slate-500">{v.catatan}</span>}
          </li>
        ))}
      </ul>
      {newest && previous && (
        <form action={`/konsep/${naskahId}/versi`} className="flex flex-wrap items-end gap-2 text-sm">
          <VersiSelect label="Versi kiri" name="kiri" versi={rows.map((v) => v.versi)} defaultValue={previous.versi} />
          <VersiSelect label="Versi kanan" name="kanan" versi={rows.map((v) => v.versi)} defaultValue={newest.versi} />
          <button type="submit" className="rounded-md border border-brand-600 px-3 py-1.5 font-medium text-brand-700">
            Bandingkan
          </button>
        </form>
      )}
    </div>
  );
}

function VersiSelect({ label, name, versi, defaultValue }: { label: string; name: string; versi: number[]; defaultValue: number }) {
  return (
    <label className="space-y-1">
      <span className="block text-xs text-slate-500">{label}</span>
      <select name={name} defaultValue={defaultValue} className="rounded-md border border-slate-300 px-2 py-1.5">
        {versi.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </label>
  );
}
