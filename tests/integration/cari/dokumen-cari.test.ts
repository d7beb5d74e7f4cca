// What the database puts into a letter's search document and whose-turn column, through the services
// that write letters: the scan's text layer, the naskah body, tujuan and tembusan names, and the
// post whose paraf or signature is awaited as the chain moves.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { cariFilterSchema } from '@/lib/domain/cari/filter';
import { polaCuplikan } from '@/lib/domain/cari/highlight';
import { registerSuratMasukSchema } from '@/lib/domain/surat-masuk/registration-schema';
import { cariSurat } from '@/lib/services/cari/cari-surat';
import { extractTextLayer } from '@/lib/services/cari/extract-text-layer';
import { countPerluVerifikasi, listNaskahWorklistPage } from '@/lib/services/naskah/list-naskah-worklist';
import { registerSuratMasuk } from '@/lib/services/pencatatan/register-surat-masuk';
import { asFile, tinyPdf } from '../../support/fixtures';
import { actorFor } from '../support/actors';
import { assign, createJabatan, createPegawai, createPencatat } from '../support/factories';
import { createNaskahMenungguTandaTangan, createSigningWorld, type SigningWorld } from '../support/naskah-factories';

const tag = randomUUID().slice(0, 8);
let w: SigningWorld;

beforeAll(async () => {
  w = await createSigningWorld();
}, 60_000);

const cari = async (pegawaiId: string, q: string) => (await cariSurat(await actorFor(pegawaiId), cariFilterSchema.parse({ q }))).hasil;

describe('the search document', () => {
  it("finds an incoming letter by a word of its scan's text layer, read at registration", async () => {
    const { pegawai: pencatat } = await createPencatat(w);
    const pdf = await tinyPdf(`Undangan Cendrawasih${tag} di aula`);
    const naskah = await registerSuratMasuk(
      await actorFor(pencatat.id),
      registerSuratMasukSchema.parse({ nomor: `005/0157/UJI${tag}/2026`, tanggalSurat: '2026-11-20', pengirimNama: 'Bappeda Uji', perihal: 'Undangan', klasifikasiKeamanan: 'BIASA', pindaian: asFile(pdf, 'surat.pdf') }),
    );
    const hasil = await cari(pencatat.id, `cendrawasih${tag}`);
    expect(hasil.map((h) => h.id)).toEqual([naskah.id]);
    expect(hasil[0]!.cuplikan.filter((s) => s.tanda).map((s) => s.teks.toLowerCase())).toEqual([`cendrawasih${tag}`]);
    // Its date is the tanggal surat, a calendar day: shown without a time.
    expect(hasil[0]!.tanggal).toEqual({ nilai: new Date('2026-11-20T00:00:00Z'), hariSaja: true });
  });

  it('finds an incoming letter by its agenda number as the app shows it (15/2026, Agenda 15/2026)', async () => {
    const { pegawai: pencatat } = await createPencatat(w);
    const catat = async (perihal: string) =>
      registerSuratMasuk(
        await actorFor(pencatat.id),
        registerSuratMasukSchema.parse({ nomor: `005/${perihal}/UJI/2026`, tanggalSurat: '2026-11-20', pengirimNama: 'Bappeda Uji', perihal, klasifikasiKeamanan: 'BIASA', pindaian: asFile(await tinyPdf('Surat'), 'surat.pdf') }),
      );
    const naskah = await catat(`Agenda${tag}`);
    const { nomorAgenda, tahunAgenda } = await prisma.naskah.findUniqueOrThrow({ where: { id: naskah.id }, select: { nomorAgenda: true, tahunAgenda: true } });
    // Anything else found holds the text in its letter number; an agenda number merely starting with it (15, 150) is not meant.
    for (const q of [`${nomorAgenda}/${tahunAgenda}`, `Agenda ${nomorAgenda}/${tahunAgenda}`, `agenda 00${nomorAgenda}/${tahunAgenda}`]) {
      const hasil = await cari(pencatat.id, q);
      expect(hasil.map((h) => h.id), q).toContain(naskah.id);
      expect(hasil.every((h) => h.id === naskah.id || h.nomor.map((s) => s.teks).join('').includes(`${nomorAgenda}/${tahunAgenda}`)), q).toBe(true);
    }
  });

  it('finds a naskah by a phrase of its body and by its tujuan, for the drafter; not for a post outside it', async () => {
    const naskah = await createNaskahMenungguTandaTangan(w, { perihal: `Koordinasi Merak${tag}` });
    expect((await cari(w.staf.pegawai.id, '"program kerja" merak' + tag)).map((h) => h.id)).toEqual([naskah.id]);
    expect((await cari(w.staf.pegawai.id, `"Kepala Balai Uji" merak${tag}`)).map((h) => h.id)).toEqual([naskah.id]);
    expect(await cari(w.kabid2.pegawai.id, `merak${tag}`)).toEqual([]);
    const [hit] = await cari(w.kepala.id, `merak${tag}`);
    expect(hit!.tautan).toBe(`/tanda-tangan/${naskah.id}`);
  });

  it('reads nothing from a file that is not a PDF, and the text of one that is', async () => {
    expect(await extractTextLayer(new TextEncoder().encode('bukan pdf'))).toBeNull();
    expect(await extractTextLayer(await tinyPdf(`Kata Kenari${tag}`))).toContain(`Kenari${tag}`);
  });

  it('keeps a letter with twelve lampiran of NIK lists (2.4 million characters) searchable, and cuts its snippet around the word', async () => {
    const { pegawai: pencatat } = await createPencatat(w);
    const naskah = await registerSuratMasuk(
      await actorFor(pencatat.id),
      registerSuratMasukSchema.parse({ nomor: `400/0158/UJI${tag}/2026`, tanggalSurat: '2026-11-21', pengirimNama: 'Dinas Sosial Uji', perihal: 'Daftar penerima', klasifikasiKeamanan: 'BIASA', pindaian: asFile(await tinyPdf('Daftar penerima'), 'surat.pdf') }),
    );
    // A lampiran listing 10,000 recipients: 200,000 characters of numbers and names, each NIK a word
    // of its own. Twelve of them made a tsvector past PostgreSQL's 1 MB: the trigger failed.
    const lampiran = (k: number, kata: string) => {
      let teks = `Lampiran ${k} ${kata} `;
      for (let i = 0; teks.length < 200_000; i++) teks += `${i + 1} ${3200 + k}${String(100_000_000_000 + i * 7919).slice(-12)} Penerima ${k}-${i} `;
      return teks;
    };
    const kataLampiran = (k: number) => `bansos${k}x${tag}`;
    for (let k = 1; k <= 12; k++) {
      await prisma.berkas.create({
        data: { jenis: 'LAMPIRAN', storageKey: `uji/${tag}/lampiran-${k}`, namaFile: `lampiran-${k}.pdf`, mime: 'application/pdf', ukuran: 1, sha256: '0', naskahId: naskah.id, teks: lampiran(k, kataLampiran(k)) },
      });
    }
    const { teksBerkas } = await prisma.naskah.findUniqueOrThrow({ where: { id: naskah.id }, select: { teksBerkas: true } });
    expect(teksBerkas!.length).toBe(1_000_000);
    // The first files' text is searched (the fifth starts about 800,000 characters in), the snippet
    // is cut around the word, wherever it is; the twelfth file is past the bound.
    for (const k of [1, 5]) {
      const [hit, ...rest] = await cari(pencatat.id, kataLampiran(k));
      expect(rest).toEqual([]);
      expect(hit!.id).toBe(naskah.id);
      expect(hit!.cuplikan.filter((s) => s.tanda).map((s) => s.teks.toLowerCase())).toEqual([kataLampiran(k)]);
    }
    expect(await cari(pencatat.id, kataLampiran(12))).toEqual([]);
  });

  it('cuts a snippet around the first word starting with the search, from anywhere in a long text, or from the start', async () => {
    const teks = `${'awal '.repeat(100)}${'isi '.repeat(100_000)}Sasaran Bansos tahap dua ${'penutup '.repeat(5_000)}`;
    const potong = (t: string, pola: string | null) =>
      prisma.$queryRaw<{ awal: number; potongan: string; lanjut: boolean }[]>`SELECT awal, potongan, lanjut FROM eoffice_potongan_cuplikan(${t}, ${pola}, 60, 240)`;
    const [dekat] = await potong(teks, polaCuplikan(['bansos']));
    expect(dekat!.potongan).toHaveLength(240);
    expect(dekat!.potongan.indexOf('Bansos')).toBe(60);
    expect(dekat!.awal).toBe(teks.indexOf('Bansos') + 1 - 60);
    expect(dekat!.lanjut).toBe(true);
    // A word that only contains the search ("perbansosan") is not where the prefix search matched.
    expect(await potong('perbansosan lalu bansos', polaCuplikan(['bansos']))).toEqual([{ awal: 1, potongan: 'perbansosan lalu bansos', lanjut: false }]);
    expect(await potong(teks, polaCuplikan(['tidakada']))).toEqual([{ awal: 1, potongan: teks.slice(0, 240), lanjut: true }]);
    expect(await potong('surat pendek', null)).toEqual([{ awal: 1, potongan: 'surat pendek', lanjut: false }]);
    // Characters, not bytes or UTF-16 units: 240 emoji are not cut.
    expect(await potong('😀'.repeat(240), null)).toEqual([{ awal: 1, potongan: '😀'.repeat(240), lanjut: false }]);
  });

  it('gives a konten its words as a reader sees them, for the snippet: no JSON brackets, quotes or escapes, tags and entities as spaces', async () => {
    const konten = { blok: [{ html: '<p>Rapat &amp; "koordinasi"</p>' }, { teks: 'baris\nkedua' }], versi: 2 };
    const [{ polos }] = await prisma.$queryRaw<{ polos: string }[]>`SELECT eoffice_teks_polos(${JSON.stringify(konten)}::jsonb) AS polos`;
    expect(polos.replace(/\s+/g, ' ').trim()).toBe('Rapat "koordinasi" baris kedua');
  });
});

describe('whose turn, kept by the database', () => {
  it('follows the chain: first waiting step, the next after a paraf, none after a return, the signer at the end', async () => {
    const naskah = await createNaskahMenungguTandaTangan(w, { status: 'KONSEP' });
    const turn = async () => (await prisma.naskah.findUniqueOrThrow({ where: { id: naskah.id }, select: { giliranJabatanId: true } })).giliranJabatanId;
    expect(await turn()).toBeNull();
    await prisma.verifikasiNaskah.deleteMany({ where: { naskahId: naskah.id } });
    await prisma.verifikasiNaskah.createMany({
      data: [
        { naskahId: naskah.id, putaran: 1, urutan: 1, jabatanId: w.kabid.jabatan.id },
        { naskahId: naskah.id, putaran: 1, urutan: 2, jabatanId: w.sekretaris.jabatan.id },
      ],
    });
    await prisma.naskah.update({ where: { id: naskah.id }, data: { status: 'VERIFIKASI' } });
    expect(await turn()).toBe(w.kabid.jabatan.id);
    const kabid = await actorFor(w.kabid.pegawai.id);
    expect(await countPerluVerifikasi(kabid)).toBeGreaterThanOrEqual(1);
    expect((await listNaskahWorklistPage(kabid, 'verifikasi')).rows.map((r) => r.id)).toContain(naskah.id);

    await prisma.verifikasiNaskah.updateMany({ where: { naskahId: naskah.id, urutan: 1 }, data: { status: 'DISETUJUI' } });
    expect(await turn()).toBe(w.sekretaris.jabatan.id);
    expect((await listNaskahWorklistPage(kabid, 'verifikasi')).rows.map((r) => r.id)).not.toContain(naskah.id);

    await prisma.verifikasiNaskah.updateMany({ where: { naskahId: naskah.id, urutan: 2 }, data: { status: 'DIKEMBALIKAN' } });
    expect(await turn()).toBeNull();
    await prisma.naskah.update({ where: { id: naskah.id }, data: { status: 'MENUNGGU_TANDA_TANGAN' } });
    expect(await turn()).toBe(w.kepalaJabatan.id);
  });

  it('pages a worklist by keyset, most urgent first, without repeating or skipping', async () => {
    const signer = await createJabatan(w.opd.id, { parentId: null, level: 1 });
    const holder = await createPegawai(w.instansi.id, w.opd.id);
    await assign(holder.id, signer.id, 'DEFINITIF', '2020-01-01');
    const made: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      const n = await createNaskahMenungguTandaTangan(w, { penandatanganJabatanId: signer.id });
      await prisma.naskah.update({ where: { id: n.id }, data: { derajatKecepatan: i % 3 === 0 ? 'SANGAT_SEGERA' : 'BIASA' } });
      made.push(n.id);
    }
    const actor = await actorFor(holder.id);
    const seen: { id: string; derajatKecepatan: string }[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listNaskahWorklistPage>> = await listNaskahWorklistPage(actor, 'tandaTangan', { cursor, take: 3 });
      seen.push(...page.rows);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.map((r) => r.id).sort()).toEqual([...made].sort());
    expect(seen.slice(0, 3).every((r) => r.derajatKecepatan === 'SANGAT_SEGERA')).toBe(true);
  });
});
