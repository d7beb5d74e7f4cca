// /admin/audit speaks in sentences: who did what to which letter, with a link, and a Rahasia
// letter's hal stays out of it.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { giveDisposisiSchema } from '@/lib/domain/disposisi/give-schema';
import { registerSuratMasukSchema } from '@/lib/domain/surat-masuk/registration-schema';
import { listAuditLog } from '@/lib/services/admin/list-audit-log';
import { giveDisposisi } from '@/lib/services/disposisi/give-disposisi';
import { registerSuratMasuk } from '@/lib/services/pencatatan/register-surat-masuk';
import { asFile, tinyPdf } from '../../support/fixtures';
import { actorFor } from '../support/actors';
import { createDisposisiWorld, createPegawai, createPencatat, grantRole } from '../support/factories';

const tag = randomUUID().slice(0, 8);
let page: Awaited<ReturnType<typeof listAuditLog>>;
let ids: { biasa: string; rahasia: string; kepalaNama: string; pencatatNama: string };

beforeAll(async () => {
  const d = await createDisposisiWorld();
  const { pegawai: pencatat } = await createPencatat(d);
  const admin = await createPegawai(d.instansi.id, d.opd.id);
  await grantRole(d.instansi.id, admin.id, 'ADMIN_OPD', d.opd.id);
  const pencatatActor = await actorFor(pencatat.id);
  const pdf = await tinyPdf();
  const register = (perihal: string, klasifikasiKeamanan: string) =>
    registerSuratMasuk(pencatatActor, registerSuratMasukSchema.parse({ nomor: `A/${randomUUID().slice(0, 6)}`, tanggalSurat: '2026-11-20', pengirimNama: 'Kementerian Uji', perihal, klasifikasiKeamanan, pindaian: asFile(pdf, 'surat.pdf') }));
  const biasa = await register(`Undangan rapat ${tag}`, 'BIASA');
  const rahasia = await register(`Pemeriksaan khusus ${tag}`, 'RAHASIA');
  const kepala = await actorFor(d.kepala.id);
  await giveDisposisi(kepala, giveDisposisiSchema.parse({ naskahId: biasa.id, penerima: [d.kabid.jabatan.id], instruksi: ['Untuk ditindaklanjuti'], batasWaktu: '2099-01-01' }));
  page = await listAuditLog(await actorFor(admin.id), { halaman: 1 });
  ids = { biasa: biasa.id, rahasia: rahasia.id, kepalaNama: d.kepala.nama, pencatatNama: pencatat.nama };
}, 120_000);

describe('audit rows as sentences', () => {
  it('registration names the pencatat, the letter by its hal, and links to it', () => {
    const row = page.rows.find((r) => r.action === 'suratMasuk.register' && r.objek?.tautan === `/surat-masuk/${ids.biasa}`);
    expect(row).toMatchObject({ pelaku: ids.pencatatNama, tindakan: 'mencatat surat masuk' });
    expect(row?.objek?.label).toContain(`“Undangan rapat ${tag}”`);
  });

  it('a disposisi is told against the letter it was given on', () => {
    const row = page.rows.find((r) => r.action === 'disposisi.give');
    expect(row).toMatchObject({ pelaku: ids.kepalaNama, tindakan: 'memberi disposisi atas', objek: { tautan: `/surat-masuk/${ids.biasa}` } });
  });

  it('a Rahasia letter is named by its class, never its hal', () => {
    const row = page.rows.find((r) => r.objek?.tautan === `/surat-masuk/${ids.rahasia}`);
    expect(row?.objek?.label).toMatch(/^surat masuk A\/\S+ \(Rahasia\)$/);
    expect(JSON.stringify(page)).not.toContain(`Pemeriksaan khusus ${tag}`);
  });

  it('no developer code or model name is the sentence', () => {
    for (const r of page.rows) {
      expect(r.tindakan).not.toMatch(/\./);
      expect(r.objek?.label ?? '').not.toMatch(/UnitKerja|RoleGrant|Naskah\b/);
    }
  });
});
