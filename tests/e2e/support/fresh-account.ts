// An account of a test's own (a random NIP) holding a demo role's post and grants (the staf's
// unless told), so signing it in and out never ends or locks the role sessions the other specs share.
import { randomInt } from 'node:crypto';
import { hashPassword } from '@/lib/auth/password';
import type { DemoAccountKey } from '../../../prisma/seed/demo-accounts';
import { accountOf } from './roles';
import { withE2eDatabase } from './e2e-database';

export const FRESH_PASSWORD = 'Sesi#Uji2026';

// A NIP's last three digits (nomor urut) are never 000: such a NIP is refused at the form (1 run in 100 did).
export const nomorUrut = () => String(1 + randomInt(999)).padStart(3, '0');

export function freshAccount(role: DemoAccountKey = 'staf'): Promise<{ nip: string; nama: string }> {
  return withE2eDatabase(async (prisma) => {
    const staf = await prisma.pegawai.findUniqueOrThrow({
      where: { nip: accountOf(role).nip },
      select: { instansiId: true, opdId: true, penugasan: { where: { jenis: 'DEFINITIF' }, select: { jabatanId: true } }, roleGrants: { select: { role: true, opdId: true } } },
    });
    const pad = (n: number) => String(n).padStart(2, '0');
    const nip = `19${70 + randomInt(25)}${pad(1 + randomInt(12))}${pad(1 + randomInt(28))}2015${pad(1 + randomInt(12))}1${nomorUrut()}`;
    const nama = `Uji Sesi ${nip.slice(-6)}`;
    const pegawai = await prisma.pegawai.create({
      data: { instansiId: staf.instansiId, opdId: staf.opdId, nama, nip, nik: `3201${String(randomInt(1e12)).padStart(12, '0')}`, passwordHash: await hashPassword(FRESH_PASSWORD) },
    });
    await prisma.penugasanJabatan.create({ data: { pegawaiId: pegawai.id, jabatanId: staf.penugasan[0]!.jabatanId, jenis: 'DEFINITIF', mulai: new Date('2020-01-01') } });
    if (staf.roleGrants.length > 0) await prisma.roleGrant.createMany({ data: staf.roleGrants.map((g) => ({ ...g, instansiId: staf.instansiId, pegawaiId: pegawai.id })) });
    return { nip, nama };
  });
}
