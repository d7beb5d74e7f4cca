-- The giver's post, copied onto each recipient row (as batasWaktu and derajatKecepatan already are),
-- so the giver's overdue list reads one range of a small index instead of every open recipient.
ALTER TABLE "PenerimaDisposisi" ADD COLUMN "dariJabatanId" UUID;

UPDATE "PenerimaDisposisi" p SET "dariJabatanId" = d."dariJabatanId"
FROM "Disposisi" d WHERE d.id = p."disposisiId";

ALTER TABLE "PenerimaDisposisi" ALTER COLUMN "dariJabatanId" SET NOT NULL;

-- Open recipients with a deadline only (done and withdrawn ones never enter it), in the order the
-- giver's follow-up list shows them: its size follows the unfinished work, not the history.
CREATE INDEX "PenerimaDisposisi_terbuka_pemberi_idx" ON "PenerimaDisposisi"("dariJabatanId", "batasWaktu", "id")
  WHERE "status" IN ('BELUM_DIBACA', 'DIBACA', 'DITINDAKLANJUTI') AND "batasWaktu" IS NOT NULL;
