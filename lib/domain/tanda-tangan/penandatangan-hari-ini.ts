// Who the signature block of a DRAFT names today: the viewer when they hold the signer post (the
// signer previewing what they are about to sign), else the Plh. standing in, else the first holder
// (definitif before Plt.). The one rule for every preview.
import type { JenisPenugasan } from '@/lib/domain/jabatan/acting';

export function penandatanganHariIni<H extends { pegawaiId: string; jenis: JenisPenugasan }>(holders: readonly H[], viewerPegawaiId: string): H | undefined {
  return holders.find((h) => h.pegawaiId === viewerPegawaiId) ?? holders.find((h) => h.jenis === 'PLH') ?? holders[0];
}
