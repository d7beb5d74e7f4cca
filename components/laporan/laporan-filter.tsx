// The period and scope of a report: a GET form (FormGet), so every view is a link that can be shared.
import FormGet from '@/components/ui/form-get';
import { IsianTanggal } from '@/components/ui/isian-tanggal';
import type { LaporanFilter } from '@/lib/domain/laporan/periode';
import type { Pilihan } from '@/lib/domain/laporan/types';

export function LaporanFilterForm({ filter, opdPilihan, unitPilihan, pemda }: { filter: LaporanFilter; opdPilihan: Pilihan[]; unitPilihan: Pilihan[]; pemda: boolean }) {
  const input = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm';
  return (
    // Keyed by the filter, as InboxFilterForm: other values start the fields again from them.
    <FormGet key={JSON.stringify(filter)} action="/laporan" className="mb-4 grid grid-cols-2 gap-3 rounded-xl border border-slate-200 bg-white p-3 md:grid-cols-5 md:items-start" aria-label="Saring laporan">
      <label className="text-sm font-medium text-slate-700">
        Dari tanggal
        <IsianTanggal id="laporan-dari" name="dari" defaultValue={filter.dari} className={input} />
      </label>
      <label className="text-sm font-medium text-slate-700">
        Sampai tanggal
        <IsianTanggal id="laporan-sampai" name="sampai" defaultValue={filter.sampai} className={input} />
      </label>
      {opdPilihan.length > 1 && (
        <label className="col-span-2 text-sm font-medium text-slate-700 md:col-span-1">
          OPD
          <select name="opd" defaultValue={filter.opdId ?? ''} className={input}>
            {pemda && <option value="">Seluruh OPD</option>}
            {opdPilihan.map((o) => (
              <option key={o.id} value={o.id}>
                {o.nama}
              </option>
            ))}
          </select>
        </label>
      )}
      {opdPilihan.length === 1 && <input type="hidden" name="opd" value={opdPilihan[0]!.id} />}
      {unitPilihan.length > 0 && (
        <label className="col-span-2 text-sm font-medium text-slate-700 md:col-span-1">
          Unit kerja
          <select name="unit" defaultValue={filter.unitId ?? ''} className={input}>
            <option value="">Semua unit</option>
            {unitPilihan.map((u) => (
              <option key={u.id} value={u.id}>
                {u.nama}
              </option>
            ))}
          </select>
        </label>
      )}
      {/* Level with the fields, not their labels: the date fields carry their words underneath. */}
      <button type="submit" className="col-span-2 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white md:col-span-1 md:mt-6">
        Tampilkan
      </button>
    </FormGet>
  );
}
