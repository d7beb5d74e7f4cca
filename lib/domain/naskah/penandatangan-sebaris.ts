// The signer as the PDF prints it, on one line for read views and version history:
// "a.n. KEPALA DINAS KOMUNIKASI DAN INFORMATIKA / Sekretaris", "Plt. KEPALA BIDANG APTIKA".
import { barisJabatanPenandatangan, type CaraTandaTanganKode } from './tanda-tangan';

export function penandatanganSebaris(p: { cara: CaraTandaTanganKode; jabatan: string; atasNama: string | null }): string {
  // a.n./u.b. without the represented post cannot be printed; show the post itself.
  const cara = (p.cara === 'AN' || p.cara === 'UB') && !p.atasNama?.trim() ? 'LANGSUNG' : p.cara;
  return barisJabatanPenandatangan({ cara, jabatan: p.jabatan, atasNama: p.atasNama })
    .map((line) => line.replace(/,$/, ''))
    .join(' / ');
}
