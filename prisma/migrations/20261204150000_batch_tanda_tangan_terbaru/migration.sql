-- A signer's latest batch (the Perlu Tanda Tangan page on every opening, and the batch's progress
-- polled every few seconds while it signs) was found by reading every batch of every signer.
CREATE INDEX "BatchTandaTangan_pegawaiId_createdAt_idx" ON "BatchTandaTangan"("pegawaiId", "createdAt" DESC);
