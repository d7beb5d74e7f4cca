// The demo seed: a fictional province with five OPD, ~90 pegawai, one Plt., roles, kode
// klasifikasi arsip, disposisi instructions and numbering templates. Idempotent: every row is
// upserted or found-or-created on its natural key, so running it again changes nothing.
import { hashPassword } from '@/lib/auth/password';
import { calendarDay } from '@/lib/domain/jabatan/acting';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccountKey } from './demo-accounts';
import { buatRencana } from './rencana';
import { ensurePeran } from './steps/ensure-peran';
import { ensurePlt } from './steps/ensure-plt';
import { issueDemoCertificates } from './steps/issue-demo-certificates';
import { upsertInstruksiDanPenomoran, upsertKlasifikasi } from './steps/upsert-master-data';
import { upsertJra } from './steps/upsert-jra';
import { upsertOrganisasi } from './steps/upsert-organisasi';
import { upsertPegawai } from './steps/upsert-pegawai';
import { countDemo, type DemoCounts } from './count-demo';

export interface SeedDemoOptions {
  /** The calendar day the Plt. period must cover (yyyy-mm-dd); defaults to today in WIB. */
  today?: string;
}

export interface SeedDemoResult {
  instansiId: string;
  counts: DemoCounts;
  accounts: { key: DemoAccountKey; label: string; nip: string; email: string; jabatan: string }[];
}

export async function seedDemo(prisma: PrismaClient, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  const today = options.today ?? calendarDay(new Date());
  const rencana = buatRencana();

  // argon2 is slow on purpose: hash once, outside the transaction, and only if someone is new.
  const nips = rencana.jabatan.flatMap((j) => (j.pemegang ? [j.pemegang.nip] : []));
  const existing = await prisma.pegawai.count({ where: { nip: { in: nips } } });
  const hash = existing < nips.length ? await hashPassword(DEMO_PASSWORD) : null;
  const passwordHash = () => {
    if (!hash) throw new Error('demo password was not hashed');
    return hash;
  };

  const instansiId = await prisma.$transaction(
    async (tx) => {
      // Two seeds at once (parallel test workers, a demo starting twice) would race on the same
      // natural keys; the second waits here and then finds everything in place.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('seed-demo'))`;
      const ids = await upsertOrganisasi(tx, rencana);
      const pemegang = await upsertPegawai(tx, rencana, ids, passwordHash);
      await ensurePlt(tx, ids, pemegang, today);
      await ensurePeran(tx, ids, pemegang);
      await upsertKlasifikasi(tx, ids.instansiId);
      await upsertJra(tx, ids.instansiId);
      await upsertInstruksiDanPenomoran(tx, ids);
      return ids.instansiId;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );

  await issueDemoCertificates(prisma, instansiId, today);
  return { instansiId, counts: await countDemo(prisma, instansiId), accounts: await describeAccounts(prisma) };
}

/** The demo accounts with the jabatan each may act as today, for the table the seed prints. */
async function describeAccounts(prisma: PrismaClient): Promise<SeedDemoResult['accounts']> {
  const pegawai = await prisma.pegawai.findMany({
    where: { nip: { in: DEMO_ACCOUNTS.map((a) => a.nip) } },
    select: { nip: true, penugasan: { select: { jenis: true, jabatan: { select: { nama: true, opd: { select: { singkatan: true } } } } }, orderBy: { jenis: 'asc' } } },
  });
  return DEMO_ACCOUNTS.map((a) => {
    const posts = pegawai.find((p) => p.nip === a.nip)?.penugasan ?? [];
    const jabatan = posts.map((p) => `${p.jenis === 'PLT' ? 'Plt. ' : ''}${p.jabatan.nama} (${p.jabatan.opd.singkatan})`).join(' + ');
    return { key: a.key, label: a.label, nip: a.nip, email: a.email, jabatan };
  });
}
