import type { Metadata } from 'next';
import FormGet from '@/components/ui/form-get';
import Link from '@/components/ui/link';
import { requireActor } from '@/lib/actions/current-actor';
import { loadPage } from '@/lib/actions/load-page';
import { parseQuery, type QueryInput } from '@/lib/domain/input/query';
import { mayReadLaporan } from '@/lib/domain/laporan/akses';
import { KOLOM_KINERJA } from '@/lib/domain/laporan/kinerja-kolom';
import { kinerjaFilterSchema } from '@/lib/domain/laporan/periode';
import { formatBulan, formatTanggalJam } from '@/lib/domain/tanggal';
import { getKinerja, KINERJA_PER_HALAMAN } from '@/lib/services/laporan/get-kinerja';
import { Forbidden } from '@/components/ui/forbidden';
import { Notice } from '@/components/ui/notice';
import { Pagination } from '@/components/ui/pagination';
import { PageHeader } from '@/components/ui/page-header';
import { ScrollRegion } from '@/components/ui/scroll-region';

export const metadata: Metadata = { title: 'Kinerja pegawai' };

export default async function KinerjaPage({ searchParams }: { searchParams: Promise<QueryInput> }) {
  const actor = await requireActor();
  const { data, notice } = parseQuery(kinerjaFilterSchema, await searchParams);
  const page = await loadPage(() => getKinerja(actor, { ...data, halaman: data.halaman ?? 1 }));
  if (!page.ok) return <Forbidden message={page.message} />;
  const k = page.data;
  const cari = data.q?.trim() ?? '';
  const saringan = { bulan: k.bulan, ...(k.opdId ? { opd: k.opdId } : {}), ...(cari ? { q: cari } : {}) };
  const q = (format: string) => new URLSearchParams({ ...saringan, format }).toString();
  const input = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm';

  return (
    <>
      <PageHeader title="Kinerja pegawai" description={`${k.cakupan} · ${formatBulan(k.bulan)} · ${k.total.toLocaleString('id-ID')} pegawai`}>
        <div className="flex flex-wrap gap-2 text-sm">
          {mayReadLaporan(actor) && (
            <Link href="/laporan" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-700">
              Laporan persuratan
            </Link>
          )}
          {(['xlsx', 'csv', 'pdf'] as const).map((format) => (
            <a key={format} href={`/laporan/kinerja/unduh?${q(format)}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-700" download>
              Unduh {format.toUpperCase()}
            </a>
          ))}
        </div>
      </PageHeader>
      <FormGet key={JSON.stringify([k.bulan, k.opdId, cari])} action="" className="mb-4 grid grid-cols-2 gap-3 rounded-xl border border-slate-200 bg-white p-3 md:grid-cols-4 md:items-end" aria-label="Saring kinerja">
        <label className="text-sm font-medium text-slate-700">
          Bulan
          <input type="month" name="bulan" defaultValue={k.bulan} className={input} />
        </label>
        {k.opdPilihan.length > 1 && (
          <label className="text-sm font-medium text-slate-700">
            OPD
            <select name="opd" defaultValue={k.opdId ?? ''} className={input}>
              <option value="">Seluruh OPD</option>
              {k.opdPilihan.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.nama}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="text-sm font-medium text-slate-700">
          Nama atau NIP
          <input type="search" name="q" defaultValue={cari} maxLength={100} autoComplete="off" className={input} />
        </label>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white">
          Tampilkan
        </button>
      </FormGet>
      {notice && <Notice>{notice}</Notice>}
      <p className="mb-3 text-xs text-slate-600">
        {k.diperbaruiPada ? `Angka diperbarui ${formatTanggalJam(k.diperbaruiPada)} WIB.` : 'Ringkasan belum pernah diperbarui.'} Disposisi dihitung pada bulan selesainya; tepat waktu bila selesai
        sebelum batas waktu.
      </p>
      {k.baris.length === 0 ? (
        <Notice>
          {k.total > 0
            ? `Halaman ${k.halaman} kosong: cakupan ini berisi ${k.total.toLocaleString('id-ID')} pegawai, ${KINERJA_PER_HALAMAN} per halaman.`
            : cari
              ? `Tidak ada pegawai dengan nama atau NIP “${cari}” pada cakupan ini.`
              : 'Tidak ada pegawai pada cakupan ini.'}
        </Notice>
      ) : (
        <ScrollRegion label="Tabel kinerja pegawai" className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full min-w-[720px] text-sm" data-testid="kinerja-table">
            <thead>
              <tr className="border-b border-slate-200 text-left text-slate-500">
                {KOLOM_KINERJA.filter((c) => c !== 'Bulan' && c !== 'OPD').map((c) => (
                  <th key={c} className="px-3 py-2 font-medium">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {k.baris.map((r) => (
                <tr key={r.pegawaiId} className="border-b border-slate-100 last:border-0">
                  <td className="px-3 py-2 tabular-nums">{r.nip}</td>
                  <td className="px-3 py-2">{r.nama}</td>
                  <td className="px-3 py-2">{r.jabatan}</td>
                  {[r.disposisiTepat, r.disposisiTerlambat, r.naskahDisusun, r.paraf, r.tandaTangan].map((n, i) => (
                    <td key={i} className="px-3 py-2 text-right tabular-nums">
                      {n.toLocaleString('id-ID')}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <div className="mt-3">
        <Pagination total={k.total} halaman={k.halaman ?? 1} pageSize={KINERJA_PER_HALAMAN} href={(h) => `/laporan/kinerja?${new URLSearchParams({ ...saringan, halaman: String(h) })}`} />
      </div>
    </>
  );
}
