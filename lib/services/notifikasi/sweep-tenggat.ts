import { prisma } from '@/lib/db';
import { queryRows } from '@/lib/db/query-rows';
import { Prisma } from '@/lib/generated/prisma/client';
import { TENGGAT_LEWAT_JENDELA_MS } from '@/lib/domain/disposisi/batas-waktu';
import { endOfDayWib } from '@/lib/domain/disposisi/give-schema';
import { calendarDay } from '@/lib/domain/jabatan/acting';
import { notify, type NotifyOptions } from './notify';

const BATCH = 500;

/**
 * Deadlines of open disposisi: due tomorrow (WIB) or passed in the last three days. Each is notified
 * once (the notification's kunci), so the sweep may run every hour and on every instance.
 */
export async function sweepTenggat(now = new Date(), options: Omit<NotifyOptions, 'now'> = {}): Promise<{ besok: number; lewat: number }> {
  const tomorrow = calendarDay(new Date(now.getTime() + 24 * 3600_000));
  const endOfTomorrow = endOfDayWib(tomorrow);
  const endOfToday = endOfDayWib(calendarDay(now));
  const lewatSejak = new Date(now.getTime() - TENGGAT_LEWAT_JENDELA_MS);
  const due = await queryRows<{ id: string; lewat: boolean }>(Prisma.sql`
    SELECT pd.id::text AS id, pd."batasWaktu" < ${now} AS lewat
    FROM "PenerimaDisposisi" pd
    WHERE pd.status IN ('BELUM_DIBACA', 'DIBACA', 'DITINDAKLANJUTI')
      AND ((pd."batasWaktu" >= ${lewatSejak} AND pd."batasWaktu" < ${now}) OR (pd."batasWaktu" > ${endOfToday} AND pd."batasWaktu" <= ${endOfTomorrow}))
      AND NOT EXISTS (
        SELECT 1 FROM "Notifikasi" n
        WHERE n.kunci = (CASE WHEN pd."batasWaktu" < ${now} THEN 'TENGGAT_LEWAT:' ELSE 'TENGGAT_BESOK:' END) || pd.id::text
      )
    ORDER BY pd."batasWaktu"
    LIMIT ${BATCH}`);
  let besok = 0;
  let lewat = 0;
  for (const row of due) {
    const jenis = row.lewat ? 'TENGGAT_LEWAT' : 'TENGGAT_BESOK';
    const n = await prisma.$transaction((tx) => notify(tx, { jenis, penerimaDisposisiId: row.id }, { ...options, now }));
    if (n > 0) {
      if (row.lewat) lewat += 1;
      else besok += 1;
    }
  }
  return { besok, lewat };
}
