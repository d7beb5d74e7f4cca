// Sample letters for `npm run demo`: Diskominfo's incoming letters registered by the pencatat and
// disposed down the tree, and naskah dinas at every stage. Everything goes through the same
// services the app uses (agenda numbers, scopes, numbering, signing), so the demo shows real data.
// Runs once: it does nothing when Diskominfo already has letters.
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { giveDisposisiSchema } from '@/lib/domain/disposisi/give-schema';
import { calendarDay } from '@/lib/domain/jabatan/acting';
import { saveKonsepSchema } from '@/lib/domain/naskah/konsep-schema';
import { registerSuratMasukSchema } from '@/lib/domain/surat-masuk/registration-schema';
import { loadActor } from '@/lib/services/auth/load-actor';
import { giveDisposisi } from '@/lib/services/disposisi/give-disposisi';
import { reportTindakLanjut } from '@/lib/services/disposisi/report-tindak-lanjut';
import { approveNaskah } from '@/lib/services/naskah/approve-naskah';
import { createKonsep } from '@/lib/services/naskah/create-konsep';
import { listDraftOptions } from '@/lib/services/naskah/list-draft-options';
import { saveKonsep } from '@/lib/services/naskah/save-konsep';
import { submitForReview } from '@/lib/services/naskah/submit-for-review';
import { registerSuratMasuk } from '@/lib/services/pencatatan/register-surat-masuk';
import { openSurat } from '@/lib/services/surat-masuk/open-surat';
import { signNaskah } from '@/lib/services/tanda-tangan/sign-naskah';
import { demoAccount } from '../demo-accounts';
import { DEMO_PASSPHRASE } from '../steps/issue-demo-certificates';
import { NASKAH_CONTOH, type NaskahContoh } from './naskah-contoh';
import { pindaianSurat } from './pindaian';
import { SURAT_MASUK_CONTOH, type SuratMasukContoh } from './surat-masuk-contoh';

const OPD = 'DISKOMINFO';
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

interface World {
  opdId: string;
  instansiId: string;
  jabatanId: (kode: string) => string;
  actorAt: (kode: string) => Promise<Actor>;
  actorAtId: (jabatanId: string) => Promise<Actor>;
  klasifikasiId: (kode: string) => string;
}

async function loadWorld(): Promise<World | null> {
  const opd = await prisma.opd.findFirst({ where: { kode: OPD }, select: { id: true, instansiId: true } });
  if (!opd) return null;
  const jabatan = await prisma.jabatan.findMany({
    where: { opdId: opd.id },
    select: { id: true, kode: true, penugasan: { where: { jenis: 'DEFINITIF', selesai: null }, select: { pegawaiId: true }, take: 1 } },
  });
  const klasifikasi = await prisma.klasifikasiArsip.findMany({ where: { instansiId: opd.instansiId }, select: { id: true, kode: true } });
  const byKode = new Map(jabatan.map((j) => [j.kode, j]));
  const find = (kode: string) => {
    const row = byKode.get(kode);
    if (!row) throw new Error(`seed-contoh: no jabatan ${kode} in ${OPD}`);
    return row;
  };
  const actorOf = async (row: (typeof jabatan)[number]) => {
    const pegawaiId = row.penugasan[0]?.pegawaiId;
    const actor = pegawaiId ? await loadActor(pegawaiId, { preferredJabatanId: row.id }) : null;
    if (!actor) throw new Error(`seed-contoh: nobody acts as ${row.kode}`);
    return actor;
  };
  return {
    opdId: opd.id,
    instansiId: opd.instansiId,
    jabatanId: (kode) => find(kode).id,
    klasifikasiId: (kode) => {
      const row = klasifikasi.find((k) => k.kode === kode);
      if (!row) throw new Error(`seed-contoh: no klasifikasi ${kode}`);
      return row.id;
    },
    actorAt: (kode) => actorOf(find(kode)),
    actorAtId: (id) => actorOf(jabatan.find((j) => j.id === id) ?? find(id)),
  };
}

async function suratMasuk(w: World, contoh: SuratMasukContoh, now: Date): Promise<void> {
  const pencatat = await w.actorAt(demoAccount('pencatat').jabatan);
  const bytes = await pindaianSurat(contoh.surat);
  const naskah = await registerSuratMasuk(
    pencatat,
    registerSuratMasukSchema.parse({
      nomor: contoh.surat.nomor,
      tanggalSurat: calendarDay(new Date(now.getTime() - contoh.umurHari * DAY_MS)),
      pengirimNama: contoh.surat.pengirim,
      pengirimAlamat: contoh.surat.alamat,
      perihal: contoh.surat.hal,
      sifat: contoh.surat.sifat,
      klasifikasiKeamanan: contoh.klasifikasiKeamanan,
      derajatKecepatan: contoh.derajatKecepatan,
      klasifikasiArsipId: w.klasifikasiId(contoh.klasifikasiArsip),
      pindaian: new File([Buffer.from(bytes)], 'pindaian.pdf', { type: 'application/pdf' }),
    }),
    new Date(now.getTime() - (contoh.umurHari - 1) * DAY_MS),
  );
  if (contoh.dibaca && !contoh.disposisi.length) await openSurat(await w.actorAt('PIMPINAN'), naskah.id);
  // A letter with an overdue disposisi was disposed a week ago, when its deadlines were still ahead.
  const overdue = contoh.disposisi.some((d) => (d.batasHari ?? 0) < 0);
  const start = overdue ? now.getTime() - 7 * DAY_MS : now.getTime() - contoh.disposisi.length * HOUR_MS;
  for (const [i, d] of contoh.disposisi.entries()) {
    const at = new Date(start + i * HOUR_MS);
    const giver = await w.actorAt(d.dari);
    // Nobody disposes a letter they have not opened.
    await openSurat(giver, naskah.id, at);
    await giveDisposisi(
      giver,
      giveDisposisiSchema.parse({
        naskahId: naskah.id,
        penerima: d.kepada.map(w.jabatanId),
        instruksi: d.instruksi,
        catatan: d.catatan,
        batasWaktu: d.batasHari !== undefined ? calendarDay(new Date(now.getTime() + d.batasHari * DAY_MS)) : undefined,
        derajatKecepatan: contoh.derajatKecepatan,
      }),
      at,
    );
    if (!d.tindakLanjut) continue;
    const recipient = await w.actorAt(d.kepada[0]);
    await openSurat(recipient, naskah.id, new Date(start + (i + 0.5) * HOUR_MS));
    const penerima = await prisma.penerimaDisposisi.findFirstOrThrow({ where: { jabatanId: w.jabatanId(d.kepada[0]), disposisi: { naskahId: naskah.id } }, select: { id: true } });
    await reportTindakLanjut(recipient, { penerimaDisposisiId: penerima.id, catatan: d.tindakLanjut.catatan, selesai: d.tindakLanjut.selesai }, new Date(start + (i + 0.75) * HOUR_MS));
  }
}

async function naskahDinas(w: World, contoh: NaskahContoh): Promise<void> {
  const staf = await w.actorAt(demoAccount('staf').jabatan);
  const { naskahId } = await createKonsep(staf, { jenis: contoh.jenis });
  const signerId = w.jabatanId(contoh.penandatangan);
  await saveKonsep(
    staf,
    saveKonsepSchema.parse({
      naskahId,
      mode: 'simpan',
      perihal: contoh.perihal,
      konten: contoh.konten,
      penandatanganJabatanId: signerId,
      klasifikasiArsipId: w.klasifikasiId(contoh.klasifikasiArsip),
      tujuan: contoh.tujuan.map((t) => ('jabatan' in t ? { jabatanId: w.jabatanId(t.jabatan) } : t)),
      tembusan: contoh.tembusan.map((kode) => ({ jabatanId: w.jabatanId(kode) })),
    }),
  );
  if (contoh.tahap === 'konsep') return;
  const options = await listDraftOptions(staf, staf.activePost!.jabatanId);
  const chain = options.signers.find((s) => s.id === signerId)?.defaultChain ?? [];
  await submitForReview(staf, { naskahId, verifikator: chain });
  const parafBy = contoh.tahap === 'perluParafKabid' ? chain.slice(0, -1) : chain;
  for (const jabatanId of parafBy) await approveNaskah(await w.actorAtId(jabatanId), naskahId);
  if (contoh.tahap === 'ditandatangani') {
    await signNaskah({ actor: await w.actorAt(contoh.penandatangan), naskahId, passphrase: DEMO_PASSPHRASE });
  }
}

export interface SeedContohResult {
  suratMasuk: number;
  naskah: number;
}

/** Seeds the sample letters once; null when there is nothing to do (already there, or no demo OPD). */
export async function seedContoh(now = new Date()): Promise<SeedContohResult | null> {
  const w = await loadWorld();
  if (!w || (await prisma.naskah.count({ where: { opdId: w.opdId } })) > 0) return null;
  for (const contoh of SURAT_MASUK_CONTOH) await suratMasuk(w, contoh, now);
  for (const contoh of NASKAH_CONTOH) await naskahDinas(w, contoh);
  return { suratMasuk: SURAT_MASUK_CONTOH.length, naskah: NASKAH_CONTOH.length };
}
