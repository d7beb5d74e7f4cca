import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { requireActor } from '@/lib/actions/current-actor';
import { loadPage } from '@/lib/actions/load-page';
import { can } from '@/lib/authz/policy';
import { listJra } from '@/lib/services/arsip/list-jra';
import { AdminForm } from '@/components/admin/admin-form';
import { AdminTabs, adminTabs, Card } from '@/components/admin/admin-nav';
import { JraCell } from '@/components/arsip/jra-cell';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { createKlasifikasiAction, importJraAction, importKlasifikasiAction } from './actions';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { Notice } from '@/components/ui/notice';
import { AdminSearchForm } from '@/components/admin/admin-search-form';
import { klasifikasiCariSchema } from '@/lib/domain/admin/schemas';
import { parseQuery, type QueryInput } from '@/lib/domain/input/query';

export const metadata: Metadata = { title: 'Klasifikasi Arsip' };

const angka = (n: number) => n.toLocaleString('id-ID');

export default async function KlasifikasiPage({ searchParams }: { searchParams: Promise<QueryInput> }) {
  const { data, notice } = parseQuery(klasifikasiCariSchema, await searchParams);
  const actor = await requireActor();
  const page = await loadPage(() => listJra(actor, { teks: data.q }));
  if (!page.ok) return <Forbidden message={page.message} />;
  const { rows, cocok, total, tanpaJra } = page.data;
  const kelola = can(actor, 'masterData.manage');
  return (
    <>
      <PageHeader title="Klasifikasi arsip" description={`${angka(total)} kode (Permendagri 83/2022); ${angka(total - tanpaJra)} dengan Jadwal Retensi Arsip`} />
      <AdminTabs items={adminTabs()} current="/admin/klasifikasi" />
      {notice && <Notice>{notice}</Notice>}
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="min-w-0 lg:col-span-2">
          <Card>
            <AdminSearchForm label="Cari kode atau nama klasifikasi" placeholder="Kode atau nama, mis. 800.1 atau kepegawaian" defaultValue={data.q ?? ''} maxLength={60} className="mb-3" />
            {(data.q || cocok > rows.length) && (
              <p role="status" className="mb-2 text-sm text-slate-600">
                {cocok > rows.length
                  ? `Menampilkan ${angka(rows.length)} kode pertama dari ${angka(cocok)}${data.q ? ` yang cocok dengan "${data.q}"` : ''}. Persempit dengan kode atau nama.`
                  : `${angka(cocok)} kode cocok dengan "${data.q}".`}
                {data.q && (
                  <>
                    {' '}
                    <Link href="/admin/klasifikasi" className="font-semibold text-brand-700 underline">
                      Tampilkan semua
                    </Link>
                  </>
                )}
              </p>
            )}
            <ScrollRegion label="Daftar kode klasifikasi" className="max-h-[70vh] overflow-auto">
              <table className="w-full text-sm" aria-label="Kode klasifikasi dan JRA">
                <thead className="sticky top-0 bg-white text-left text-xs text-slate-600">
                  <tr>
                    <th className="py-1 pr-2">Kode</th>
                    <th className="py-1 pr-2">Nama</th>
                    <th className="py-1 pr-2">Retensi (JRA)</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.length === 0 && (
                    <tr>
                      <td colSpan={3} className="text-slate-500">{data.q ? 'Tidak ada kode yang cocok.' : 'Belum ada kode.'}</td>
                    </tr>
                  )}
                  {rows.map((k) => (
                    <tr key={k.id} className="border-t border-slate-100 align-top">
                      <td className="py-1 pr-2 font-mono text-xs text-slate-600 md:text-sm">{k.kode}</td>
                      <td className={`min-w-0 break-words py-1 pr-2 ${k.aktif ? 'text-slate-900' : 'text-slate-500 line-through'}`} style={{ paddingLeft: `${(k.kode.split('.').length - 1) * 0.75}rem` }}>
                        {k.nama}
                      </td>
                      <td className="py-1 pr-2">
                        <JraCell retensiAktif={k.retensiAktif} retensiInaktif={k.retensiInaktif} keterangan={k.keteranganRetensi} />
                        {kelola && (
                          <Link href={`/admin/klasifikasi/${k.id}`} className="ml-2 text-xs font-semibold text-brand-700 underline" aria-label={`Ubah JRA ${k.kode}`}>
                            Ubah
                          </Link>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </Card>
        </div>
        {kelola ? (
          <div className="space-y-4">
            <Card title="Tambah kode">
              <AdminForm action={createKlasifikasiAction} label="Tambah kode" fields={[{ name: 'kode', label: 'Kode', required: true, placeholder: '000.1.2' }, { name: 'nama', label: 'Nama', required: true }]} submits={[{ label: 'Tambah' }]} />
            </Card>
            <Card title="Impor CSV (kode,nama)">
              <AdminForm
                action={importKlasifikasiAction}
                label="Impor klasifikasi"
                fields={[{ name: 'berkas', label: 'Berkas CSV UTF-8', type: 'file', accept: '.csv,text/csv', required: true, hint: 'Induk ditentukan dari kode (000.1 adalah induk 000.1.2).' }]}
                submits={[
                  { label: 'Periksa dulu', mode: 'periksa', tone: 'secondary' },
                  { label: 'Impor', mode: 'impor' },
                ]}
              />
            </Card>
            <Card title="Impor Jadwal Retensi Arsip">
              <AdminForm
                action={importJraAction}
                label="Impor JRA"
                fields={[
                  {
                    name: 'berkas',
                    label: 'Berkas CSV UTF-8',
                    type: 'file',
                    accept: '.csv,text/csv',
                    required: true,
                    hint: 'Kolom kode,retensi_aktif,retensi_inaktif,keterangan (Musnah, Permanen, Dinilai Kembali). Retensi dalam tahun; kode harus sudah ada.',
                  },
                ]}
                submits={[
                  { label: 'Periksa dulu', mode: 'periksa', tone: 'secondary' },
                  { label: 'Impor', mode: 'impor' },
                ]}
              />
              <a href="/admin/klasifikasi/templat-jra" download className="mt-2 inline-block text-sm font-semibold text-brand-700 underline">
                Unduh templat JRA
              </a>
            </Card>
          </div>
        ) : (
          <p className="text-sm text-slate-600">Kode klasifikasi dan JRA dikelola oleh admin instansi.</p>
        )}
      </div>
    </>
  );
}
