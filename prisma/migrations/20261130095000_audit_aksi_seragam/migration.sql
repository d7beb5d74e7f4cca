-- One naming style for audit actions: `entity.verbCamel`, two segments, an English verb
-- (lib/domain/audit/aksi-audit.ts). Rows written under the old names take the new ones, so the
-- audit log's sentences, its filter and the reports read every row whatever release wrote it.
UPDATE "AuditLog" a SET action = r.baru
FROM (VALUES
  ('auth.gagal', 'auth.fail'),
  ('auth.locked', 'auth.lock'),
  ('auth.dibatasi', 'auth.throttle'),
  ('naskah.edit-verifikator', 'naskah.editAsVerifikator'),
  ('naskah.sign.gagal', 'naskah.signFail'),
  ('naskah.sign.belum_pasti', 'naskah.signUncertain'),
  ('naskah.sign.rekonsiliasi_gagal', 'naskah.reconcileFail'),
  ('tandaTangan.passphrase.dibatasi', 'pegawai.throttlePassphrase'),
  ('naskah.lampiran.upload', 'lampiran.upload'),
  ('naskah.lampiran.delete', 'lampiran.delete'),
  ('disposisi.preset.save', 'presetDisposisi.save'),
  ('disposisi.preset.delete', 'presetDisposisi.delete'),
  ('disposisi.done', 'disposisi.complete'),
  ('opd.logo', 'opd.updateLogo'),
  ('penomoran.template', 'templatePenomoran.save'),
  ('instruksi.aktif', 'instruksi.setActive'),
  ('arsip.berkas.hapus', 'arsip.deleteFiles'),
  ('arsip.bukti.perbarui', 'arsip.renewBukti'),
  ('arsip.ekspor', 'arsip.export'),
  ('arsip.penyusutan.usul', 'arsip.proposePenyusutan'),
  -- A penyusutan carried out wrote the record's new status as the action.
  ('arsip.inaktif', 'arsip.transfer'),
  ('arsip.musnah', 'arsip.destroy'),
  ('arsip.diserahkan', 'arsip.handOver')
) AS r(lama, baru)
WHERE a.action = r.lama;

-- The signing failures' rollup (migration laporan_rollup) filtered on the old name: made again on
-- the new one, with the unique index its concurrent refresh needs.
DROP MATERIALIZED VIEW laporan_gagal_ttd;

CREATE MATERIALIZED VIEW laporan_gagal_ttd AS
SELECT laporan_hari(a."createdAt") AS tanggal, a."opdId" AS opd_id, a."actorJabatanId" AS jabatan_id,
       coalesce(a.after ->> 'kode', 'INTERNAL') AS kode, count(*)::int AS jumlah
FROM "AuditLog" a
WHERE a.action = 'naskah.signFail'
GROUP BY 1, 2, 3, 4;
CREATE UNIQUE INDEX laporan_gagal_ttd_key ON laporan_gagal_ttd (opd_id, tanggal, jabatan_id, kode) NULLS NOT DISTINCT;
