import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { ForbiddenError } from '@/lib/domain/errors';
import { registerSuratMasukSchema } from '@/lib/domain/surat-masuk/registration-schema';
import { registerSuratMasuk } from '@/lib/services/pencatatan/register-surat-masuk';
import { listInbox } from '@/lib/services/surat-masuk/list-inbox';
import { actorFor } from '../support/actors';
import { assign, createDisposisiWorld, createJabatan, createPegawai, grantRole } from '../support/factories';

async function pencatatWorld() {
  const w = await createDisposisiWorld();
  const tuJabatan = await createJabatan(w.opd.id, { parentId: w.sekretaris.jabatan.id, level: 3, jenis: 'PELAKSANA' });
  const pencatat = await createPegawai(w.instansi.id, w.opd.id);
  await assign(pencatat.id, tuJabatan.id, 'DEFINITIF', '2020-01-01');
  await grantRole(w.instansi.id, pencatat.id, 'PENCATAT', w.opd.id);
  return { ...w, pencatat: await actorFor(pencatat.id) };
}

const input = (over: Record<string, unknown> = {}) =>
  registerSuratMasukSchema.parse({ nomor: '005/123/KEMENDAGRI', tanggalSurat: '2026-11-20', pengirimNama: 'Kementerian Dalam Negeri', perihal: 'Undangan rapat koordinasi', ...over });

describe('registerSuratMasuk', () => {
  it('issues agenda numbers and delivers to the pimpinan OPD by default', async () => {
    const w = await pencatatWorld();
    const first = await registerSuratMasuk(w.pencatat, input());
    const second = await registerSuratMasuk(w.pencatat, input({ nomor: '005/124/KEMENDAGRI' }));
    expect(second.nomorAgenda).toBe(first.nomorAgenda! + 1);
    const inbox = await listInbox(await actorFor(w.kepala.id));
    expect(inbox.map((r) => r.naskahId)).toEqual(expect.arrayContaining([first.id, second.id]));
    expect(await prisma.auditLog.count({ where: { entityId: first.id, action: 'suratMasuk.register' } })).toBe(1);
  });

  it('gives 25 concurrent registrations 25 consecutive agenda numbers', async () => {
    const w = await pencatatWorld();
    const results = await Promise.all(Array.from({ length: 25 }, (_, i) => registerSuratMasuk(w.pencatat, input({ nomor: `900/${i}/X` }))));
    const numbers = results.map((r) => r.nomorAgenda!).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('flags a letter with the same nomor and pengirim before saving, unless confirmed', async () => {
    const w = await pencatatWorld();
    await registerSuratMasuk(w.pencatat, input());
    const before = await prisma.naskah.count({ where: { opdId: w.opd.id } });
    await expect(registerSuratMasuk(w.pencatat, input({ pengirimNama: 'kementerian dalam negeri' }))).rejects.toThrow('sudah dicatat (agenda 1/');
    expect(await prisma.naskah.count({ where: { opdId: w.opd.id } })).toBe(before);
    const again = await registerSuratMasuk(w.pencatat, input({ tetapCatat: 'on' }));
    expect(again.nomorAgenda).toBe(2);
  });

  it('refuses a destination in another OPD and a person without the pencatat role', async () => {
    const w = await pencatatWorld();
    const other = await createDisposisiWorld();
    await expect(registerSuratMasuk(w.pencatat, input({ tujuanJabatanId: other.kepalaJabatan.id }))).rejects.toThrow('jabatan aktif di OPD Anda');
    await expect(registerSuratMasuk(await actorFor(w.kepala.id), input())).rejects.toBeInstanceOf(ForbiddenError);
    expect(await prisma.naskah.count({ where: { opdId: w.opd.id } })).toBe(0);
  });

  it('validates the form in Indonesian', () => {
    const r = registerSuratMasukSchema.safeParse({ nomor: '', tanggalSurat: 'kemarin', pengirimNama: '', perihal: '' });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => i.message);
    expect(messages).toEqual(expect.arrayContaining(['Isi nomor surat.', 'Isi tanggal surat.', 'Isi pengirim.', 'Isi perihal.']));
  });
});
