-- A letter page reads the files of its tindak lanjut reports by tindakLanjutId: without an index that
-- was a scan of every stored file (every scan, attachment and report of every letter) per page view.
CREATE INDEX "Berkas_tindakLanjutId_idx" ON "Berkas"("tindakLanjutId");
