// How the signature block reads at the moment of signing. a.n./u.b. come from the draft; otherwise
// how the signer holds the post today decides (a Plt. named after the draft was written still signs
// as "Plt. KEPALA DINAS ..."), because the block must name the person who really signed.
import type { JenisPenugasan } from '@/lib/domain/jabatan/acting';
import type { CaraTandaTanganKode } from '@/lib/domain/naskah/tanda-tangan';

export function caraSaatTandaTangan(caraNaskah: CaraTandaTanganKode, penugasan: JenisPenugasan): CaraTandaTanganKode {
  if (caraNaskah === 'AN' || caraNaskah === 'UB') return caraNaskah;
  return penugasan === 'DEFINITIF' ? 'LANGSUNG' : penugasan;
}
