import type { Prisma } from '@/lib/generated/prisma/client';
import type { AtributVersi } from '@/lib/domain/naskah/atribut-versi';
import { penandatanganSebaris } from '@/lib/domain/naskah/penandatangan-sebaris';
import { namaJabatanPenerima } from '@/lib/domain/naskah/penerima';

/** The working copy's signer, recipients and lampiran as labels, to keep with a new version. */
export async function snapshotAtribut(tx: Prisma.TransactionClient, naskahId: string): Promise<AtributVersi> {
  const n = await tx.naskah.findUniqueOrThrow({
    where: { id: naskahId },
    select: {
      opdId: true,
      caraTandaTangan: true,
      lampiranKeterangan: true,
      penandatanganJabatan: { select: { nama: true } },
      atasNamaJabatan: { select: { nama: true } },
      penerima: {
        orderBy: [{ jenis: 'asc' }, { urutan: 'asc' }],
        select: { jenis: true, namaEksternal: true, alamatEksternal: true, jabatan: { select: { nama: true, opdId: true, opd: { select: { nama: true } } } } },
      },
      berkas: { where: { jenis: 'LAMPIRAN' }, orderBy: { createdAt: 'asc' }, select: { namaFile: true } },
    },
  });
  const label = (p: (typeof n.penerima)[number]) => (p.jabatan ? namaJabatanPenerima(p.jabatan, n.opdId) : [p.namaEksternal, p.alamatEksternal].filter(Boolean).join(', '));
  return {
    penandatangan: n.penandatanganJabatan ? penandatanganSebaris({ cara: n.caraTandaTangan, jabatan: n.penandatanganJabatan.nama, atasNama: n.atasNamaJabatan?.nama ?? null }) : null,
    tujuan: n.penerima.filter((p) => p.jenis === 'TUJUAN').map(label),
    tembusan: n.penerima.filter((p) => p.jenis === 'TEMBUSAN').map(label),
    lampiran: [...(n.lampiranKeterangan ? [`Sebutan: ${n.lampiranKeterangan}`] : []), ...n.berkas.map((b) => b.namaFile)],
  };
}
