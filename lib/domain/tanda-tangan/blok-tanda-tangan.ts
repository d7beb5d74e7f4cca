// The signature block as printed and as snapshotted on the naskah at signing. a.n./u.b. come from
// the draft; otherwise how the signer holds the post today decides: definitif signs directly, a
// Plt./Plh. signs as "Plt. KEPALA DINAS ...".
import type { JenisPenugasan } from '@/lib/domain/jabatan/acting';
import { namaLengkap, pangkatLabel } from '@/lib/domain/pegawai/golongan';
import type { CaraTandaTanganKode } from '@/lib/domain/naskah/tanda-tangan';

export interface BlokTandaTangan {
  cara: CaraTandaTanganKode;
  jabatan: string;
  atasNama: string | null;
  nama: string;
  pangkat: string | null;
  nip: string;
}

export function blokTandaTangan(input: {
  caraNaskah: CaraTandaTanganKode;
  penugasan: JenisPenugasan;
  jabatanNama: string;
  atasNamaNama: string | null;
  pegawai: { nama: string; gelarDepan: string | null; gelarBelakang: string | null; golongan: string | null; nip: string };
}): BlokTandaTangan {
  const delegated = input.caraNaskah === 'AN' || input.caraNaskah === 'UB';
  const cara: CaraTandaTanganKode = delegated ? input.caraNaskah : input.penugasan === 'DEFINITIF' ? 'LANGSUNG' : input.penugasan;
  return {
    cara,
    jabatan: input.jabatanNama,
    atasNama: delegated ? input.atasNamaNama : null,
    nama: namaLengkap(input.pegawai),
    pangkat: pangkatLabel(input.pegawai.golongan),
    nip: input.pegawai.nip,
  };
}
