import { KETERANGAN_LABEL, type KeteranganRetensi } from '@/lib/domain/arsip/retensi';

/** "2 + 3 th · Musnah", or a quiet dash while the code has no JRA entry. */
export function JraCell(props: { retensiAktif: number | null; retensiInaktif: number | null; keterangan: KeteranganRetensi | null }) {
  if (props.retensiAktif === null || props.retensiInaktif === null || !props.keterangan) return <span className="text-xs text-slate-500">belum ada</span>;
  return (
    <span className="whitespace-nowrap text-xs text-slate-700" title={`Aktif ${props.retensiAktif} tahun, inaktif ${props.retensiInaktif} tahun`}>
      {props.retensiAktif} + {props.retensiInaktif} th · {KETERANGAN_LABEL[props.keterangan]}
    </span>
  );
}
