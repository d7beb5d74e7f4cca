-- Who may read a letter, kept on the letter itself, so search checks visibility in an index scan
-- combined with the word index (lib/authz/scope-sql.ts) instead of once per match.
-- Readers are posts, not people: a Plt. or Plh. reads through the post only while the assignment
-- lasts, which loadActor resolves on every request, so starting or ending one changes no letter.
-- Kept by triggers rather than by the services: Delivery, Disposisi, PenerimaDisposisi and
-- VerifikasiNaskah are written by many services (registration, sending, disposisi, withdrawal, the
-- paraf chain, seeds), and a trigger runs in the writing transaction whichever of them forgets.

-- AlterTable
ALTER TABLE "Naskah" ADD COLUMN     "deliveryJabatanIds" uuid[],
ADD COLUMN     "pembacaJabatanIds" uuid[];

-- The posts that may open one naskah whatever its security class, as naskahVisibleScope and
-- naskahDraftScope of lib/authz/scope.ts say: every post it was delivered to, every disposisi giver
-- and recipient not withdrawn, and for internal naskah the drafter, the signer and the paraf chain.
CREATE FUNCTION eoffice_pembaca(naskah uuid, sumber "SumberNaskah", pembuat uuid, penandatangan uuid) RETURNS uuid[]
  LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(DISTINCT s.j ORDER BY s.j), '{}') FROM (
    SELECT d."jabatanId" AS j FROM "Delivery" d WHERE d."naskahId" = naskah
    UNION ALL SELECT ds."dariJabatanId" FROM "Disposisi" ds WHERE ds."naskahId" = naskah
    UNION ALL SELECT pd."jabatanId" FROM "Disposisi" ds JOIN "PenerimaDisposisi" pd ON pd."disposisiId" = ds.id
      WHERE ds."naskahId" = naskah AND pd."status" <> 'DITARIK'
    UNION ALL SELECT v."jabatanId" FROM "VerifikasiNaskah" v WHERE v."naskahId" = naskah AND sumber = 'INTERNAL'
    UNION ALL SELECT unnest(ARRAY[pembuat, penandatangan]) WHERE sumber = 'INTERNAL'
  ) s WHERE s.j IS NOT NULL
$$;

-- The posts it was delivered to: the sekretaris reads the pimpinan's deliveries unless Rahasia.
CREATE FUNCTION eoffice_pembaca_delivery(naskah uuid) RETURNS uuid[]
  LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(DISTINCT d."jabatanId" ORDER BY d."jabatanId"), '{}') FROM "Delivery" d WHERE d."naskahId" = naskah
$$;

-- Existing rows, before the indexes are built.
UPDATE "Naskah" SET "pembacaJabatanIds" = eoffice_pembaca(id, "sumber", "pembuatJabatanId", "penandatanganJabatanId"),
  "deliveryJabatanIds" = eoffice_pembaca_delivery(id);

-- CreateIndex
CREATE INDEX "Naskah_pembacaJabatanIds_idx" ON "Naskah" USING GIN ("pembacaJabatanIds");

-- CreateIndex
CREATE INDEX "Naskah_deliveryJabatanIds_idx" ON "Naskah" USING GIN ("deliveryJabatanIds");

-- The naskah's own columns that grant reading (drafter, signer, internal or not).
CREATE FUNCTION eoffice_naskah_pembaca() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  NEW."pembacaJabatanIds" := eoffice_pembaca(NEW.id, NEW."sumber", NEW."pembuatJabatanId", NEW."penandatanganJabatanId")\x3B
  NEW."deliveryJabatanIds" := eoffice_pembaca_delivery(NEW.id)\x3B
  RETURN NEW\x3B
END';

CREATE TRIGGER "Naskah_pembaca" BEFORE INSERT OR UPDATE OF "sumber", "pembuatJabatanId", "penandatanganJabatanId" ON "Naskah"
  FOR EACH ROW EXECUTE FUNCTION eoffice_naskah_pembaca();

-- Recomputes the readers of the given naskah, writing only those whose readers changed (a disposisi
-- read or finished leaves its letter's row alone).
CREATE FUNCTION eoffice_segarkan_pembaca(naskah uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Naskah" n SET "pembacaJabatanIds" = b.pembaca, "deliveryJabatanIds" = b.delivery
  FROM (SELECT x.id, eoffice_pembaca(x.id, x."sumber", x."pembuatJabatanId", x."penandatanganJabatanId") AS pembaca,
               eoffice_pembaca_delivery(x.id) AS delivery
        FROM "Naskah" x WHERE x.id = ANY (naskah)) b
  WHERE n.id = b.id AND (n."pembacaJabatanIds" IS DISTINCT FROM b.pembaca OR n."deliveryJabatanIds" IS DISTINCT FROM b.delivery)
$$;

-- Statement triggers with transition tables: a delivery to forty tembusan, or a bulk seed, updates
-- each letter once per statement, not once per row. The rows carry naskahId directly (Delivery,
-- Disposisi, VerifikasiNaskah) or through their disposisi (PenerimaDisposisi).
CREATE FUNCTION eoffice_pembaca_baris() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    PERFORM eoffice_segarkan_pembaca(ARRAY(SELECT DISTINCT b."naskahId" FROM baru b))\x3B
  ELSIF TG_OP = ''DELETE'' THEN
    PERFORM eoffice_segarkan_pembaca(ARRAY(SELECT DISTINCT l."naskahId" FROM lama l))\x3B
  ELSE
    PERFORM eoffice_segarkan_pembaca(ARRAY(SELECT b."naskahId" FROM baru b UNION SELECT l."naskahId" FROM lama l))\x3B
  END IF\x3B
  RETURN NULL\x3B
END';

CREATE FUNCTION eoffice_pembaca_penerima_disposisi() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    PERFORM eoffice_segarkan_pembaca(ARRAY(SELECT DISTINCT ds."naskahId" FROM "Disposisi" ds WHERE ds.id IN (SELECT b."disposisiId" FROM baru b)))\x3B
  ELSIF TG_OP = ''DELETE'' THEN
    PERFORM eoffice_segarkan_pembaca(ARRAY(SELECT DISTINCT ds."naskahId" FROM "Disposisi" ds WHERE ds.id IN (SELECT l."disposisiId" FROM lama l)))\x3B
  ELSE
    PERFORM eoffice_segarkan_pembaca(ARRAY(SELECT DISTINCT ds."naskahId" FROM "Disposisi" ds
      WHERE ds.id IN (SELECT b."disposisiId" FROM baru b UNION SELECT l."disposisiId" FROM lama l)))\x3B
  END IF\x3B
  RETURN NULL\x3B
END';

-- PostgreSQL allows transition tables only on single-event triggers, hence three per table.
CREATE TRIGGER "Delivery_pembaca_insert" AFTER INSERT ON "Delivery" REFERENCING NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION eoffice_pembaca_baris();
CREATE TRIGGER "Delivery_pembaca_update" AFTER UPDATE ON "Delivery" REFERENCING OLD TABLE AS lama NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION eoffice_pembaca_baris();
CREATE TRIGGER "Delivery_pembaca_delete" AFTER DELETE ON "Delivery" REFERENCING OLD TABLE AS lama
  FOR EACH STATEMENT EXECUTE FUNCTION eoffice_pembaca_baris();

CREATE TRIGGER "Disposisi_pembaca_insert" AFTER INSERT ON "Disposisi" REFERENCING NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION eoffice_pembaca_baris();
CREATE TRIGGER "Disposisi_pembaca_update" AFTER UPDATE ON "Disposisi" REFERENCING OLD TABLE AS lama NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION eoffice_pembaca_baris();
CREATE TRIGGER "Disposisi_pembaca_delete" AFTER DELETE ON "Disposisi" REFERENCING OLD TABLE AS lama
  FOR EACH STATEMENT EXECUTE FUNCTION eoffice_pembaca_baris();

CREATE TRIGGER "VerifikasiNaskah_pembaca_insert" AFTER INSERT ON "VerifikasiNaskah" REFERENCING NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION eoffice_pembaca_baris();
CREATE TRIGGER "VerifikasiNaskah_pembaca_update" AFTER UPDATE ON "VerifikasiNaskah" REFERENCING OLD TABLE AS lama NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION eoffice_pembaca_baris();
CREATE TRIGGER "VerifikasiNaskah_pembaca_delete" AFTER DELETE ON "VerifikasiNaskah" REFERENCING OLD TABLE AS lama
  FOR EACH STATEMENT EXECUTE FUNCTION eoffice_pembaca_baris();

CREATE TRIGGER "PenerimaDisposisi_pembaca_insert" AFTER INSERT ON "PenerimaDisposisi" REFERENCING NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION eoffice_pembaca_penerima_disposisi();
CREATE TRIGGER "PenerimaDisposisi_pembaca_update" AFTER UPDATE ON "PenerimaDisposisi" REFERENCING OLD TABLE AS lama NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION eoffice_pembaca_penerima_disposisi();
CREATE TRIGGER "PenerimaDisposisi_pembaca_delete" AFTER DELETE ON "PenerimaDisposisi" REFERENCING OLD TABLE AS lama
  FOR EACH STATEMENT EXECUTE FUNCTION eoffice_pembaca_penerima_disposisi();

-- Search ranks the newest matches (lib/services/cari/cari-surat.ts), in this order: a common word
-- then walks the newest letters and stops at the cap instead of sorting every match.
CREATE INDEX "Naskah_tanggal_cari_idx" ON "Naskah" ((coalesce("tanggalNaskah"::timestamp, "tanggalDiterima", "createdAt")) DESC, id DESC);

-- The planner needs the new columns' statistics (how often a post appears) before the first search.
ANALYZE "Naskah";
