-- eoffice_segarkan_pembaca filtered "Naskah" with `id = ANY (naskah)`. For an array that is a
-- parameter, PostgreSQL searches the array linearly for every row it scans: a statement touching
-- 100,000 letters (a bulk registration, the volume seed) compared 10^10 pairs and ran for hours.
-- Joining the unnested array lets the planner hash it or probe the primary key per id.
CREATE OR REPLACE FUNCTION eoffice_segarkan_pembaca(naskah uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Naskah" n SET "pembacaJabatanIds" = b.pembaca, "deliveryJabatanIds" = b.delivery
  FROM (SELECT x.id, eoffice_pembaca(x.id, x."sumber", x."pembuatJabatanId", x."penandatanganJabatanId") AS pembaca,
               eoffice_pembaca_delivery(x.id) AS delivery
        FROM (SELECT DISTINCT u.id FROM unnest(naskah) AS u(id)) ids JOIN "Naskah" x ON x.id = ids.id) b
  WHERE n.id = b.id AND (n."pembacaJabatanIds" IS DISTINCT FROM b.pembaca OR n."deliveryJabatanIds" IS DISTINCT FROM b.delivery)
$$;
