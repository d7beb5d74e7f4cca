import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { compareVersions } from '@/lib/services/naskah/compare-versions';
import { createKonsep } from '@/lib/services/naskah/create-konsep';
import { listPenerimaPilihan } from '@/lib/services/naskah/list-penerima-pilihan';
import { openNaskah } from '@/lib/services/naskah/open-naskah';
import { saveKonsep } from '@/lib/services/naskah/save-konsep';
import { submitForReview } from '@/lib/services/naskah/submit-for-review';
import { uploadLampiran } from '@/lib/services/naskah/upload-lampiran';
import { buildPdf, onePage } from '@/tests/support/hostile-pdf';
import { actorFor } from '../support/actors';
import { createJabatan, createOpd } from '../support/factories';
import { createDraftingWorld, saveInput } from './drafting-world';

// A well-formed one-page PDF: uploads are parsed whole, so a bare header is refused as damaged.
const pdf = () => buildPdf(onePage());

describe('the paraf chain is part of the draft', () => {
  it('an edited chain survives leaving and reopening, and an autosave without a chain keeps it', async () => {
    const w = await createDraftingWorld();
    const staf = await actorFor(w.staf.pegawai.id);
    const { naskahId } = await createKonsep(staf, { jenis: 'SURAT_UNDANGAN' });
    expect((await openNaskah(staf, naskahId)).rantaiParafKonsep).toBeNull();

    // The default is kasi then kabid; the drafter removes the kasi.
    await saveKonsep(staf, saveInput(naskahId, w, { mode: 'autosave', verifikator: [w.kabid.jabatan.id] }));
    expect((await openNaskah(staf, naskahId)).rantaiParafKonsep).toEqual([w.kabid.jabatan.id]);
    await saveKonsep(staf, saveInput(naskahId, w, { mode: 'autosave' }));
    expect((await openNaskah(staf, naskahId)).rantaiParafKonsep).toEqual([w.kabid.jabatan.id]);
    // Straight to the signer is a choice too, not "no choice".
    await saveKonsep(staf, saveInput(naskahId, w, { mode: 'autosave', verifikator: [] }));
    expect((await openNaskah(staf, naskahId)).rantaiParafKonsep).toEqual([]);
  });
});

describe('recipients of another OPD', () => {
  it('the jabatan picker lists the drafter’s own OPD first; the read view names the other OPD', async () => {
    const w = await createDraftingWorld();
    // Another OPD whose name sorts before the drafter's "Dinas Uji ...".
    const other = await prisma.opd.update({ where: { id: (await createOpd(w.instansi.id)).id }, data: { nama: 'Aaa Badan Perencanaan Uji' } });
    const sekretarisLain = await createJabatan(other.id, { level: 2, nama: 'Sekretaris' });
    const staf = await actorFor(w.staf.pegawai.id);

    const sendiri = await prisma.jabatan.update({ where: { id: w.sekretaris.jabatan.id }, data: { nama: 'Sekretaris' } });
    const pilihan = await listPenerimaPilihan(staf, 'sekretaris');
    expect(pilihan).toEqual([
      { id: sendiri.id, label: `Sekretaris (${w.opd.singkatan})` },
      { id: sekretarisLain.id, label: `Sekretaris (${other.singkatan})` },
    ]);

    const { naskahId } = await createKonsep(staf, { jenis: 'SURAT_UNDANGAN' });
    await saveKonsep(staf, saveInput(naskahId, w, { tembusan: [{ jabatanId: sekretarisLain.id }, { jabatanId: w.sekretaris.jabatan.id }] }));
    const detail = await openNaskah(staf, naskahId);
    const tembusan = detail.penerima.filter((p) => p.jenis === 'TEMBUSAN');
    expect(tembusan.map((p) => p.jabatan && { opdId: p.jabatan.opdId, opd: p.jabatan.opd.nama })).toEqual([
      { opdId: other.id, opd: 'Aaa Badan Perencanaan Uji' },
      { opdId: w.opd.id, opd: w.opd.nama },
    ]);
  });
});

describe('version compare', () => {
  it('shows a changed signer, tujuan, tembusan and lampiran, not only the text', async () => {
    const w = await createDraftingWorld();
    const staf = await actorFor(w.staf.pegawai.id);
    const { naskahId } = await createKonsep(staf, { jenis: 'SURAT_UNDANGAN' });
    const first = await saveKonsep(staf, saveInput(naskahId, w));
    await uploadLampiran(staf, { naskahId, namaFile: 'denah lokasi.pdf', bytes: pdf() });
    const second = await saveKonsep(
      staf,
      saveInput(naskahId, w, {
        penandatanganJabatanId: w.kabid.jabatan.id,
        atasNamaPimpinan: true,
        tujuan: [{ jabatanId: w.kabid2.jabatan.id }, { nama: 'Kepala Dinas Pendidikan', alamat: 'Jl. Pendidikan 2' }],
        tembusan: [],
      }),
    );
    const diff = await compareVersions(staf, naskahId, first.versi, second.versi);
    const changed = diff.rows.filter((r) => r.kind !== 'same');
    const text = (parts: { text: string }[]) => parts.map((p) => p.text).join(' ');
    const right = changed.map((r) => text(r.right)).join('\n');
    const left = changed.map((r) => text(r.left)).join('\n');
    expect(right).toContain(`a.n. ${w.kepalaJabatan.nama.toUpperCase()} / ${w.kabid.jabatan.nama}`);
    expect(left).toContain(w.kepalaJabatan.nama.toUpperCase());
    expect(right).toContain('Kepala Dinas Pendidikan');
    expect(left).toContain('Kepala Dinas Kesehatan');
    expect(left).toContain(w.sekretaris.jabatan.nama);
    expect(right).toContain('denah lokasi.pdf');

    // Submitting with the same text, signer and recipients records no new version.
    const before = await prisma.versiNaskah.count({ where: { naskahId } });
    await submitForReview(staf, { naskahId, verifikator: [w.kasi.jabatan.id] });
    expect(await prisma.versiNaskah.count({ where: { naskahId } })).toBe(before);
  });
});
