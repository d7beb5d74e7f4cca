-- Every signed-in page's badges count the post's unread letters. The (jabatanId, readAt,
-- deliveredAt) index found them but each row's archivedAt was read from the table: 1.1 ms for a
-- Kepala Dinas with 4,000 unread at 1M letters, on every page. Only unread, unarchived rows are
-- kept here, so the count reads this small index alone (0.3 ms) and it stays small whatever the
-- history size.
CREATE INDEX "Delivery_belum_dibaca_idx" ON "Delivery" ("jabatanId") WHERE "readAt" IS NULL AND "archivedAt" IS NULL;
