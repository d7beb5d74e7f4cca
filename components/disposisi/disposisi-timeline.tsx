import type { SuratView } from '@/lib/services/surat-masuk/open-surat';
import { formatTanggal, formatTanggalJam } from '@/lib/domain/tanggal';
import { DisposisiTimelineView, type TimelineItem } from './disposisi-timeline-view';

const STATUS_TONE = {
  BELUM_DIBACA: 'slate',
  DIBACA: 'blue',
  DITINDAKLANJUTI: 'amber',
  SELESAI: 'green',
  DITARIK: 'slate',
  TERLAMBAT: 'red',
} as const;

type Disposisi = SuratView['disposisi'][number];

/** The timeline's text, formatted here (WIB) so the client view only lays it out. */
export function timelineItem(d: Disposisi): TimelineItem {
  return {
    dari: d.dari.nama,
    waktu: formatTanggalJam(d.createdAt),
    ditarik: d.ditarikAt !== null,
    instruksi: d.instruksi.join(' · '),
    catatan: d.catatan,
    batasWaktu: d.batasWaktu ? formatTanggal(d.batasWaktu) : null,
    penerima: d.penerima.map((p) => ({
      nama: p.jabatan.nama,
      tone: STATUS_TONE[p.status],
      label: p.label,
      waktu: `${p.readAt ? `Dibaca ${formatTanggalJam(p.readAt)}` : 'Belum dibaca'}${p.selesaiAt ? ` · Selesai ${formatTanggalJam(p.selesaiAt)}` : ''}`,
      tindakLanjut: p.tindakLanjut.map((t) => ({ catatan: t.catatan, waktu: formatTanggalJam(t.createdAt), berkas: t.berkas.map((b) => ({ id: b.id, namaFile: b.namaFile })) })),
    })),
  };
}

/** Who disposed to whom, in order, with every recipient's state and times. */
export function DisposisiTimeline({ disposisi, renderWithdraw }: { disposisi: Disposisi[]; renderWithdraw: (d: Disposisi) => React.ReactNode }) {
  return <DisposisiTimelineView items={disposisi.map(timelineItem)} tarik={disposisi.map((d) => renderWithdraw(d) ?? null)} />;
}
