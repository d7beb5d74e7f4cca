import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { redirect } from 'next/navigation';
import { requireActor } from '@/lib/actions/current-actor';
import { loadPage } from '@/lib/actions/load-page';
import { parseQuery, type QueryInput } from '@/lib/domain/input/query';
import { laporanOpdIds, mayReadLaporan } from '@/lib/domain/laporan/akses';
import { judulCakupan } from '@/lib/domain/laporan/ekspor-laporan';
import { formatDurasiJam } from '@/lib/domain/laporan/median';
import { laporanFilterSchema, resolveFilter } from '@/lib/domain/laporan/periode';
import { formatTanggalJam } from '@/lib/domain/tanggal';
import { getLaporan } from '@/lib/services/laporan/get-laporan';
import { BarTable, FigureCard, Kpi } from '@/components/laporan/figure-card';
import { LaporanFilterForm } from '@/components/laporan/laporan-filter';
import { Forbidden } from '@/components/ui/forbidden';
import { Notice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { filterQuery, rincianHref } from './query';
import { ScrollRegion } from '@/components/ui/scroll-region';

export const metadata: Metadata = { title: 'Laporan' };

const angka = (n: number) => n.toLocaleString('id-ID');

export default async function LaporanPage({ searchParams }: { searchParams: Promise<QueryInput> }) {
  const actor = await requireActor();
  if (!mayReadLaporan(actor)) redirect('/laporan/kinerja');
  const now = new Date();
  const { data, notice } = parseQuery(laporanFilterSchema, await searchParams);
  const filter = resolveFilter(data, now);
  const page = await loadPage(() => getLaporan(actor, filter, now));
  if (!page.ok) return <Forbidden message={page.message} />;
  const l = page.data;
  const f = { ...filter, opdId: l.opd?.id ?? null };
  const d = l.disposisi;
  const kelompok = l.kelompok === 'unit' ? 'unit kerja' : 'OPD';

  return (
    <>
      <PageHeader title="Laporan" description={judulCakupan(l)}>
        <div className="flex flex-wrap gap-2 text-sm">
          <Link href="/laporan/kinerja" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-700">
            Kinerja pegawai
          </Link>
          {(['xlsx', 'csv', 'pdf'] as const).map((format) => (
            <a key={format} href={`/laporan/unduh?${filterQuery(f, { format })}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-700" download>
              Unduh {format.toUpperCase()}
            </a>
          ))}
        </div>
      </PageHeader>
      <LaporanFilterForm filter={f} opdPilihan={l.opdPilihan} unitPilihan={l.unitPilihan} pemda={laporanOpdIds(actor) === 'ALL'} />
      {notice && <Notice>{notice}</Notice>}
      <p className="mb-4 text-xs text-slate-600" data-testid="kesegaran">
        {l.diperbaruiPada
          ? `Angka diperbarui ${formatTanggalJam(l.diperbaruiPada)} WIB (ringkasan diperbarui berkala); disposisi terlambat dihitung saat ini, ${formatTanggalJam(now)} WIB.`
          : 'Ringkasan belum pernah diperbarui: angka akan muncul setelah pembaruan berkala pertama.'}
      </p>

      <div className="mb-4 grid grid-cols-2 gap-3 md:grid-cols-4">
        <Kpi label="Surat masuk" value={angka(l.suratMasuk.total)} href={rincianHref(f, { rincian: 'surat-masuk' })} />
        <Kpi label="Disposisi selesai" value={d.persenSelesai === null ? '–' : `${d.persenSelesai.toLocaleString('id-ID')}%`} href={rincianHref(f, { rincian: 'disposisi', nilai: 'selesai' })} />
        <Kpi label="Median sampai selesai" value={formatDurasiJam(d.medianJamSelesai)} />
        <Kpi label="Disposisi terlambat" value={angka(d.terlambat)} href={rincianHref(f, { rincian: 'disposisi', nilai: 'terlambat' })} tone={d.terlambat > 0 ? 'warn' : 'normal'} />
        <Kpi label="Naskah keluar" value={angka(l.naskahKeluar.total)} href={rincianHref(f, { rincian: 'naskah-keluar' })} />
        <Kpi label="Median konsep sampai tanda tangan" value={formatDurasiJam(l.naskahKeluar.medianJamKonsepKeTtd)} />
        <Kpi label="Selesai terlambat" value={angka(d.selesaiTerlambat)} href={rincianHref(f, { rincian: 'disposisi', nilai: 'selesai-terlambat' })} />
        <Kpi label="Gagal tanda tangan" value={angka(l.gagalTtd.total)} href={rincianHref(f, { rincian: 'gagal-ttd' })} tone={l.gagalTtd.total > 0 ? 'warn' : 'normal'} />
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        <BarTable title="Surat masuk per sifat" id="fig-sifat" kolom="Sifat" data={l.suratMasuk.perSifat.map((b) => ({ label: b.label, value: b.jumlah, href: rincianHref(f, { rincian: 'surat-masuk', nilai: `sifat:${b.kunci}` }) }))} />
        <BarTable title="Surat masuk per derajat kecepatan" id="fig-derajat" kolom="Derajat kecepatan" data={l.suratMasuk.perDerajat.map((b) => ({ label: b.label, value: b.jumlah, href: rincianHref(f, { rincian: 'surat-masuk', nilai: `derajat:${b.kunci}` }) }))} />

        <FigureCard title={`Disposisi per ${kelompok}`} id="fig-disposisi-unit">
          {d.perUnit.length === 0 ? (
            <p className="text-sm text-slate-500">Tidak ada disposisi pada periode ini.</p>
          ) : (
            <ScrollRegion label="Tabel disposisi per unit" className="overflow-x-auto">
              <table className="w-full text-sm">
                <thead>
                  <tr className="border-b border-slate-200 text-left text-slate-500">
                    <th className="py-1 font-medium">{kelompok === 'OPD' ? 'OPD' : 'Unit kerja'}</th>
                    <th className="py-1 pl-3 text-right font-medium">Disposisi</th>
                    <th className="py-1 pl-3 text-right font-medium">Selesai</th>
                    <th className="py-1 pl-3 text-right font-medium">Terlambat</th>
                  </tr>
                </thead>
                <tbody>
                  {d.perUnit.map((u) => (
                    <tr key={u.kunci} className="border-b border-slate-100 last:border-0">
                      <td className="py-1.5 pr-2">
                        <Link className="text-brand-700 hover:underline" href={rincianHref(f, { rincian: 'disposisi', kelompok: u.kunci })}>
                          {u.label}
                        </Link>
                      </td>
                      <td className="py-1.5 pl-3 text-right tabular-nums">{angka(u.total)}</td>
                      <td className="py-1.5 pl-3 text-right whitespace-nowrap tabular-nums">
                        {angka(u.selesai)} <span className="text-slate-500">({u.persenSelesai === null ? '–' : `${u.persenSelesai.toLocaleString('id-ID')}%`})</span>
                      </td>
                      <td className="py-1.5 pl-3 text-right tabular-nums">
                        {u.terlambat > 0 ? (
                          <Link className="font-semibold text-red-700 hover:underline" href={rincianHref(f, { rincian: 'disposisi', nilai: 'terlambat', kelompok: u.kunci })}>
                            {angka(u.terlambat)}
                          </Link>
                        ) : (
                          '0'
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
        </FigureCard>

        <BarTable
          title="Disposisi terlambat per orang"
          id="fig-terlambat-orang"
          kolom="Jabatan (pemegang saat ini)"
          warna="#b91c1c"
          kosong="Tidak ada disposisi yang terlambat."
          data={d.perOrang.slice(0, 15).map((o) => ({ label: `${o.pegawai ?? '(kosong)'} – ${o.jabatan}`, value: o.terlambat, href: rincianHref(f, { rincian: 'disposisi', nilai: 'terlambat', jabatan: o.jabatanId }) }))}
        />

        <BarTable title="Naskah keluar per jenis" id="fig-jenis" kolom="Jenis naskah" data={l.naskahKeluar.perJenis.map((b) => ({ label: b.label, value: b.jumlah, href: rincianHref(f, { rincian: 'naskah-keluar', nilai: b.kunci }) }))} />

        <BarTable
          title="Rata-rata waktu tunggu per langkah (jam)"
          id="fig-tunggu"
          kolom="Langkah (terlama di)"
          satuan=" jam"
          warna="#b45309"
          kosong="Belum ada naskah yang ditandatangani pada periode ini."
          data={l.tunggu.perLangkah.map((s) => ({ label: s.terlamaDi ? `${s.label} (${s.terlamaDi})` : s.label, value: Math.round(s.rataJam * 10) / 10, href: rincianHref(f, { rincian: 'tunggu', nilai: s.langkah }) }))}
        />

        <BarTable title="Gagal tanda tangan per alasan" id="fig-gagal" kolom="Alasan" warna="#b91c1c" kosong="Tidak ada kegagalan tanda tangan." data={l.gagalTtd.perAlasan.map((b) => ({ label: b.label, value: b.jumlah, href: rincianHref(f, { rincian: 'gagal-ttd', nilai: b.kunci }) }))} />
      </div>
    </>
  );
}
