// The page layout of each jenis naskah (Permendagri 1/2023 formats), as slices below the kop.
import { labelDiktum } from '@/lib/domain/naskah/atribut-naskah';
import { jabatanPenetap } from '@/lib/domain/naskah/tanda-tangan';
import { formatHariTanggal } from '@/lib/domain/naskah/tanggal-naskah';
import type { JenisNaskahDidukung, KontenNaskah, Petugas } from '@/lib/domain/naskah/konten';
import { spacer, type Slice } from '../layout/flow';
import { parseRichHtml } from '../layout/html';
import {
  baris,
  fieldRows,
  isi,
  judul,
  penerimaValue,
  penutup,
  points,
  upper,
  ythBlock,
  type FieldValue,
  type NaskahLayout,
} from './bagian';

type Layout<J extends JenisNaskahDidukung> = (ctx: NaskahLayout, konten: KontenNaskah<J>) => Slice[];

const tempatTanggal = (ctx: NaskahLayout) => `${ctx.input.tempat}, ${ctx.tanggal}`;
const ditetapkan = (ctx: NaskahLayout, kata = 'Ditetapkan') => [`${kata} di ${ctx.input.tempat}`, `pada tanggal ${ctx.tanggal}`];

/** Surat dinas / undangan head: date at the right, Nomor/Sifat/Lampiran/Hal at the left, Yth. */
function kepalaSurat(ctx: NaskahLayout): Slice[] {
  const { ts, geo, input } = ctx;
  return [
    baris(ctx),
    ...ts.text(tempatTanggal(ctx), geo.signatureX, geo.right - geo.signatureX),
    baris(ctx),
    ...fieldRows(
      ctx,
      [
        ['Nomor', ctx.nomor],
        ['Sifat', input.sifat],
        ['Lampiran', input.lampiran],
        ['Hal', input.perihal],
      ],
      { width: geo.width * 0.62, keep: true },
    ),
    baris(ctx),
    ...ythBlock(ctx),
    baris(ctx),
  ];
}

/** Nota dinas / memo / telaahan head: title, then Yth./Dari/.../Hal rows and a rule. */
function kepalaNota(ctx: NaskahLayout, title: string, rows: [string, FieldValue][]): Slice[] {
  const { ts, geo } = ctx;
  return [
    baris(ctx, 0.5),
    ...judul(ctx, [title], { size: 14 }),
    baris(ctx, 0.5),
    ...fieldRows(ctx, rows, { keep: true }),
    spacer(ts.size * 0.4, true),
    ts.rule(geo.left, geo.width, 1, ts.size * 0.8),
  ];
}

const dari = (ctx: NaskahLayout) => ctx.input.dari ?? ctx.input.penandatangan.jabatan;

const notaDinas: Layout<'NOTA_DINAS'> = (ctx, k) => {
  const { input } = ctx;
  return [
    ...kepalaNota(ctx, 'NOTA DINAS', [
      ['Yth.', penerimaValue(ctx, input.tujuan)],
      ['Dari', dari(ctx)],
      ['Tembusan', input.tembusan.length ? penerimaValue(ctx, input.tembusan) : '-'],
      ['Tanggal', ctx.tanggal],
      ['Nomor', ctx.nomor],
      ['Sifat', input.sifat],
      ['Lampiran', input.lampiran],
      ['Hal', input.perihal],
    ]),
    ...penutup(ctx, isi(ctx, k.isi), {}, false),
  ];
};

const memo: Layout<'MEMO'> = (ctx, k) => {
  const { input } = ctx;
  return [
    ...kepalaNota(ctx, 'MEMO', [
      ['Yth.', penerimaValue(ctx, input.tujuan)],
      ['Dari', dari(ctx)],
      ['Nomor', ctx.nomor],
      ['Tanggal', ctx.tanggal],
      ['Hal', input.perihal],
    ]),
    ...penutup(ctx, isi(ctx, k.isi), {}, true),
  ];
};

const suratDinas: Layout<'SURAT_DINAS'> = (ctx, k) => [...kepalaSurat(ctx), ...penutup(ctx, isi(ctx, k.isi), {})];

const suratUndangan: Layout<'SURAT_UNDANGAN'> = (ctx, k) => {
  const { ts, geo } = ctx;
  const indent = ts.size * 2.5;
  const acara = fieldRows(
    ctx,
    [
      ['hari/tanggal', formatHariTanggal(k.tanggal)],
      ['waktu', k.waktu],
      ['tempat', k.tempat],
      ['acara', k.acara],
    ],
    { x: geo.left + indent, width: geo.width - indent, keep: true },
  );
  const body = [...isi(ctx, k.pembuka), baris(ctx, 0.5), ...acara, baris(ctx, 0.5), ...isi(ctx, k.penutup)];
  return [...kepalaSurat(ctx), ...penutup(ctx, body, {})];
};

/** Surat Edaran / Pengumuman: (Yth.), title, NOMOR, TENTANG, subject, body, "Dikeluarkan di". */
function bertajuk(ctx: NaskahLayout, title: string, k: { tentang: string; isi: string }): Slice[] {
  return [
    baris(ctx),
    ...(ctx.input.tujuan.length ? [...ythBlock(ctx), baris(ctx)] : []),
    ...judul(ctx, [title, `NOMOR ${ctx.nomor}`, '', 'TENTANG', upper(k.tentang)]),
    baris(ctx),
    ...penutup(ctx, isi(ctx, k.isi), { pembuka: ditetapkan(ctx, 'Dikeluarkan'), garisPembuka: true }),
  ];
}

const suratEdaran: Layout<'SURAT_EDARAN'> = (ctx, k) => bertajuk(ctx, 'SURAT EDARAN', k);
const pengumuman: Layout<'PENGUMUMAN'> = (ctx, k) => bertajuk(ctx, 'PENGUMUMAN', k);

/** "Kepada": a few people as Nama/NIP/Pangkat/Jabatan rows, many as a bordered table. */
function kepada(ctx: NaskahLayout, petugas: Petugas[], x: number, width: number): Slice[] {
  const { ts } = ctx;
  if (petugas.length > 3) {
    const cell = (text: string) => [{ type: 'paragraph' as const, runs: [{ text }] }];
    return ts.table(
      [
        { header: true, cells: ['No.', 'Nama / NIP', 'Pangkat/Gol.', 'Jabatan'].map((h) => [{ type: 'paragraph' as const, runs: [{ text: h, bold: true }] }]) },
        ...petugas.map((p, i) => ({
          header: false,
          cells: [cell(`${i + 1}.`), cell(p.nip ? `${p.nama}\nNIP ${p.nip}` : p.nama), cell(p.pangkat ?? '-'), cell(p.jabatan)],
        })),
      ],
      x,
      width,
    );
  }
  const rows = (p: Petugas): [string, FieldValue][] => [
    ['Nama', p.nama],
    ...(p.nip ? [['NIP', p.nip] as [string, FieldValue]] : []),
    ['Pangkat/Gol.', p.pangkat ?? '-'],
    ['Jabatan', p.jabatan],
  ];
  if (petugas.length === 1) return fieldRows(ctx, rows(petugas[0]), { x, width, keep: true });
  return ts.markedItems(
    petugas.map((_, i) => `${i + 1}.`),
    petugas.map((p) => (ix: number, w: number) => fieldRows(ctx, rows(p), { x: ix, width: w, keep: true })),
    x,
    width,
    ts.size * 0.5,
  );
}

function penugasan(ctx: NaskahLayout, title: string, perintah: string, k: KontenNaskah<'SURAT_TUGAS'>): Slice[] {
  const { ts, geo } = ctx;
  const labelWidth = ts.labelColumn(['Kepada', 'Dasar', 'Untuk']);
  const row = (label: string, build: (x: number, w: number) => Slice[]) => ts.labeled(label, labelWidth, build, geo.left, geo.width);
  return [
    baris(ctx),
    ...judul(ctx, [title], { underlineFirst: true, size: 14 }),
    ...judul(ctx, [`NOMOR ${ctx.nomor}`], { bold: false }),
    baris(ctx),
    ...(k.dasar.length ? [...row('Dasar', (x, w) => points(ctx, k.dasar, '1', x, w)), baris(ctx)] : []),
    ...judul(ctx, [perintah]),
    baris(ctx),
    ...row('Kepada', (x, w) => kepada(ctx, k.petugas, x, w)),
    baris(ctx),
    ...penutup(ctx, row('Untuk', (x, w) => points(ctx, k.untuk, '1', x, w)), { pembuka: [tempatTanggal(ctx)] }),
  ];
}

const suratTugas: Layout<'SURAT_TUGAS'> = (ctx, k) => penugasan(ctx, 'SURAT TUGAS', 'MEMBERI TUGAS:', k);
const suratPerintah: Layout<'SURAT_PERINTAH'> = (ctx, k) => penugasan(ctx, 'SURAT PERINTAH', 'MEMERINTAHKAN:', k);

const keputusan: Layout<'KEPUTUSAN'> = (ctx, k) => {
  const { ts, geo, input } = ctx;
  const penetap = upper(jabatanPenetap(input.penandatangan));
  const labels = ['Menimbang', 'Mengingat', 'Memperhatikan', 'Menetapkan', ...k.diktum.map((_, i) => labelDiktum(i + 1))];
  const labelWidth = ts.labelColumn(labels);
  const row = (label: string, build: (x: number, w: number) => Slice[]) => ts.labeled(label, labelWidth, build, geo.left, geo.width);
  const diktum = k.diktum.flatMap((html, i) => [
    ...row(labelDiktum(i + 1), (x, w) => ts.blocks(parseRichHtml(html), x, w)),
    ...(i < k.diktum.length - 1 ? [baris(ctx, 0.5)] : []),
  ]);
  return [
    baris(ctx),
    ...judul(ctx, [`KEPUTUSAN ${penetap}`, `NOMOR ${ctx.nomor}`, '', 'TENTANG', upper(k.tentang), '', `${penetap},`]),
    baris(ctx),
    ...row('Menimbang', (x, w) => points(ctx, k.menimbang, 'a', x, w)),
    baris(ctx, 0.5),
    ...row('Mengingat', (x, w) => points(ctx, k.mengingat, '1', x, w)),
    ...(k.memperhatikan.length ? [baris(ctx, 0.5), ...row('Memperhatikan', (x, w) => points(ctx, k.memperhatikan, '1', x, w))] : []),
    baris(ctx),
    ...judul(ctx, ['MEMUTUSKAN:']),
    baris(ctx, 0.5),
    ...row('Menetapkan', (x, w) => ts.text(k.menetapkan, x, w, { align: 'justify' })),
    baris(ctx, 0.5),
    ...penutup(ctx, diktum, { pembuka: ditetapkan(ctx), garisPembuka: true }),
  ];
};

/** Berita Acara / Surat Keterangan: title (+ subject), NOMOR, body, place and date. */
function berjudul(ctx: NaskahLayout, lines: string[], html: string, underlineFirst: boolean): Slice[] {
  return [
    baris(ctx),
    ...judul(ctx, lines, { underlineFirst, size: 14 }),
    ...judul(ctx, [`NOMOR ${ctx.nomor}`], { bold: false }),
    baris(ctx),
    ...penutup(ctx, isi(ctx, html), { pembuka: [tempatTanggal(ctx)] }),
  ];
}

const beritaAcara: Layout<'BERITA_ACARA'> = (ctx, k) => berjudul(ctx, ['BERITA ACARA', upper(ctx.input.perihal)], k.isi, false);
const suratKeterangan: Layout<'SURAT_KETERANGAN'> = (ctx, k) => berjudul(ctx, ['SURAT KETERANGAN'], k.isi, true);

const TELAAHAN_BAGIAN = [
  ['persoalan', 'Persoalan'],
  ['praanggapan', 'Praanggapan'],
  ['fakta', 'Fakta yang Mempengaruhi'],
  ['analisis', 'Analisis'],
  ['kesimpulan', 'Kesimpulan'],
  ['saran', 'Saran'],
] as const;

const telaahanStaf: Layout<'TELAAHAN_STAF'> = (ctx, k) => {
  const { ts, geo, input } = ctx;
  const head = kepalaNota(ctx, 'TELAAHAN STAF', [
    ['Yth.', penerimaValue(ctx, input.tujuan)],
    ['Dari', dari(ctx)],
    ['Tanggal', ctx.tanggal],
    ['Nomor', ctx.nomor],
    ['Lampiran', input.lampiran],
    ['Hal', input.perihal],
  ]);
  const body = [...judul(ctx, ['TENTANG', upper(k.tentang)]), baris(ctx)];
  TELAAHAN_BAGIAN.forEach(([key, label], i) => {
    const marker = `${String.fromCharCode(65 + i)}.`;
    body.push(
      ...ts.markedItems([marker], [(x, w) => ts.text(label, x, w, { bold: true, keepWithNext: true })], geo.left, geo.width),
      ...ts.markedItems([''], [(x, w) => isi(ctx, k[key], x, w)], geo.left, geo.width),
    );
    if (i < TELAAHAN_BAGIAN.length - 1) body.push(baris(ctx, 0.5));
  });
  return [...head, ...penutup(ctx, body, {}, false)];
};

export const LAYOUT_JENIS: { [J in JenisNaskahDidukung]: Layout<J> } = {
  NOTA_DINAS: notaDinas,
  MEMO: memo,
  SURAT_DINAS: suratDinas,
  SURAT_UNDANGAN: suratUndangan,
  SURAT_EDARAN: suratEdaran,
  SURAT_TUGAS: suratTugas,
  SURAT_PERINTAH: suratPerintah,
  KEPUTUSAN: keputusan,
  BERITA_ACARA: beritaAcara,
  SURAT_KETERANGAN: suratKeterangan,
  PENGUMUMAN: pengumuman,
  TELAAHAN_STAF: telaahanStaf,
};
