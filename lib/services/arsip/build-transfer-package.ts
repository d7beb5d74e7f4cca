import { zipSync, type Zippable } from 'fflate';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { atomCells, fileRow, fondsRow, itemRow, type AtomRow } from '@/lib/domain/arsip/atom-csv';
import { buildBag, type BagFile } from '@/lib/domain/arsip/bagit';
import { toCsv } from '@/lib/domain/arsip/csv';
import { KETERANGAN_LABEL } from '@/lib/domain/arsip/retensi';
import { DomainError, NotFoundError } from '@/lib/domain/errors';
import type { PdfVerification } from '@/lib/signing/verify';
import { verifyInWorker } from '@/lib/services/verifikasi/verify-in-worker';
import { getStorage } from '@/lib/storage';

const json = (v: unknown) => new TextEncoder().encode(`${JSON.stringify(v, null, 2)}\n`);
const day = (d: Date | null | undefined) => d?.toISOString().slice(0, 10) ?? '';
const safeName = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);
/** Records read and verified at once: enough to keep the untrusted-file pool's workers busy. */
const VERIFY_PARALLEL = 4;

/**
 * The transfer package of an approved penyerahan: one BagIt bag (zip) holding the records'
 * descriptions in AtoM's ISAD(G) CSV columns, every stored file of each record (signed PDF or scan,
 * lampiran, tindak lanjut attachments), its disposisi history, its audit trail, the validation
 * report of each signed PDF at the time of transfer (verified off the event loop, in the
 * untrusted-file pool), and the signed berita acara. Files are read one record at a time; no
 * transaction is held while verifying.
 */
export async function buildTransferPackage(actor: Actor, penyusutanId: string, now = new Date(), verify: (pdf: Uint8Array) => Promise<PdfVerification> = verifyInWorker): Promise<{ bytes: Uint8Array; namaFile: string; jumlah: number }> {
  assertCan(actor, 'arsip.penyusutan');
  const p = await prisma.penyusutan.findUnique({
    where: { id: penyusutanId },
    select: { id: true, opdId: true, jenis: true, status: true, beritaAcara: { select: { nomor: true, berkasUtama: { select: { storageKey: true } } } }, arsip: { select: { arsipId: true } } },
  });
  if (!p) throw new NotFoundError('Daftar penyusutan tidak ditemukan.');
  assertCan(actor, 'arsip.penyusutan', { opdId: p.opdId });
  if (p.jenis !== 'PENYERAHAN') throw new DomainError('Paket penyerahan hanya untuk daftar arsip statis.');
  if (p.status !== 'DISETUJUI' && p.status !== 'DILAKSANAKAN') throw new DomainError('Paket penyerahan dibuat setelah berita acara penyerahan ditandatangani.');

  const opd = await prisma.opd.findUniqueOrThrow({ where: { id: p.opdId }, select: { kode: true, nama: true, singkatan: true, instansi: { select: { nama: true } } } });
  const ids = p.arsip.map((a) => a.arsipId);
  const arsip = await prisma.arsip.findMany({
    where: { id: { in: ids } },
    orderBy: [{ tanggal: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      naskahId: true,
      tanggal: true,
      keterangan: true,
      aktifSampai: true,
      inaktifSampai: true,
      berkasArsip: { select: { id: true, judul: true } },
      unitKerja: { select: { nama: true } },
      klasifikasiArsip: { select: { kode: true, nama: true } },
      naskah: { select: { nomor: true, perihal: true, jenis: true, sumber: true, pengirimNama: true, klasifikasiKeamanan: true, nomorAgenda: true, tahunAgenda: true, berkasUtamaId: true } },
    },
  });
  const naskahIds = arsip.map((a) => a.naskahId);
  const [files, disposisi, audit] = await Promise.all([
    prisma.berkas.findMany({
      where: { OR: [{ naskahId: { in: naskahIds } }, { naskahUtama: { id: { in: naskahIds } } }, { tindakLanjut: { penerima: { disposisi: { naskahId: { in: naskahIds } } } } }] },
      select: { id: true, jenis: true, storageKey: true, namaFile: true, sha256: true, naskahId: true, naskahUtama: { select: { id: true } }, tindakLanjut: { select: { penerima: { select: { disposisi: { select: { naskahId: true } } } } } } },
    }),
    prisma.disposisi.findMany({
      where: { naskahId: { in: naskahIds } },
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        naskahId: true,
        createdAt: true,
        instruksi: true,
        catatan: true,
        batasWaktu: true,
        ditarikAt: true,
        dariJabatan: { select: { nama: true } },
        penerima: { select: { jabatan: { select: { nama: true } }, status: true, readAt: true, selesaiAt: true, tindakLanjut: { orderBy: { createdAt: 'asc' }, select: { catatan: true, selesai: true, createdAt: true } } } },
      },
    }),
    prisma.auditLog.findMany({
      where: { OR: [{ entityType: 'Naskah', entityId: { in: naskahIds } }, { entityType: 'Arsip', entityId: { in: ids } }] },
      orderBy: { id: 'asc' },
      select: { id: true, entityType: true, entityId: true, action: true, createdAt: true, actorPegawaiId: true, actorJabatanId: true, before: true, after: true },
    }),
  ]);
  const ownerOf = (f: (typeof files)[number]) => f.naskahId ?? f.naskahUtama?.id ?? f.tindakLanjut?.penerima.disposisi.naskahId ?? null;

  const payload: BagFile[] = [];
  const berkasRows = new Map<string, AtomRow>();
  const itemRows: AtomRow[] = [];
  const fondsId = `opd-${opd.kode}`;
  // Each record's files and their verification; a few records at a time keep the worker pool busy.
  const collect = async (a: (typeof arsip)[number]) => {
    const dir = `arsip/${a.id}`;
    const out: BagFile[] = [];
    let utama: { path: string; sha256: string } | null = null;
    const validasi: { berkas: string; laporan: PdfVerification }[] = [];
    for (const f of files.filter((x) => ownerOf(x) === a.naskahId)) {
      const stored = await getStorage().get(f.storageKey);
      if (!stored) continue;
      const path = `${dir}/berkas/${f.jenis.toLowerCase()}-${f.id}-${safeName(f.namaFile)}`;
      out.push({ path, bytes: stored.bytes });
      if (f.id === a.naskah.berkasUtamaId) utama = { path, sha256: f.sha256 };
      if (f.jenis === 'FINAL') validasi.push({ berkas: path, laporan: await verify(stored.bytes) });
    }
    return { dir, out, utama, validasi };
  };
  const collected: Awaited<ReturnType<typeof collect>>[] = [];
  for (let i = 0; i < arsip.length; i += VERIFY_PARALLEL) collected.push(...(await Promise.all(arsip.slice(i, i + VERIFY_PARALLEL).map(collect))));
  for (const [k, a] of arsip.entries()) {
    const { dir, out, utama, validasi } = collected[k]!;
    payload.push(...out);
    payload.push({ path: `${dir}/disposisi.json`, bytes: json(disposisi.filter((d) => d.naskahId === a.naskahId)) });
    payload.push({ path: `${dir}/jejak-audit.json`, bytes: json(audit.filter((r) => r.entityId === a.naskahId || r.entityId === a.id).map((r) => ({ ...r, id: r.id.toString() }))) });
    if (validasi.length) payload.push({ path: `${dir}/validasi-tanda-tangan.json`, bytes: json({ diperiksaPada: now.toISOString(), hasil: validasi }) });

    const fileId = `berkas-${a.berkasArsip.id}`;
    const year = day(a.tanggal);
    const prev = berkasRows.get(fileId);
    berkasRows.set(
      fileId,
      fileRow(
        { legacyId: fileId, identifier: `${opd.singkatan}/${a.berkasArsip.id.slice(0, 8)}`, title: a.berkasArsip.judul, kode: a.klasifikasiArsip?.kode ?? null, unit: a.unitKerja.nama, dates: { start: prev?.eventStartDates ?? year, end: year }, jumlah: Number(prev?.extentAndMedium?.split(' ')[0] ?? 0) + 1 },
        fondsId,
      ),
    );
    itemRows.push(
      itemRow({
        legacyId: `arsip-${a.id}`,
        parentId: fileId,
        identifier: a.naskah.nomor ?? (a.naskah.nomorAgenda ? `Agenda ${a.naskah.nomorAgenda}/${a.naskah.tahunAgenda}` : a.id),
        title: a.naskah.perihal,
        creator: a.naskah.sumber === 'EKSTERNAL' ? (a.naskah.pengirimNama ?? '') : opd.nama,
        date: year,
        kode: a.klasifikasiArsip ? `${a.klasifikasiArsip.kode} ${a.klasifikasiArsip.nama}` : null,
        jenis: a.naskah.sumber === 'EKSTERNAL' ? 'Surat masuk' : (a.naskah.jenis ?? ''),
        scope: `${a.naskah.perihal}. Unit pengolah: ${a.unitKerja.nama}.`,
        keamanan: `Klasifikasi keamanan: ${a.naskah.klasifikasiKeamanan}`,
        retensi: `JRA: ${a.keterangan ? KETERANGAN_LABEL[a.keterangan] : '-'}; aktif s.d. ${day(a.aktifSampai)}, inaktif s.d. ${day(a.inaktifSampai)}`,
        digitalObjectPath: utama?.path ? `data/${utama.path}` : null,
        digitalObjectChecksum: utama?.sha256 ?? null,
      }),
    );
  }
  const years = arsip.map((a) => day(a.tanggal)).sort();
  const fonds = fondsRow({ legacyId: fondsId, identifier: opd.singkatan, title: `Arsip ${opd.nama}`, creator: opd.nama, repository: `Lembaga Kearsipan Daerah ${opd.instansi.nama.replace(/^Pemerintah\s+/i, '')}`, dates: { start: years[0] ?? '', end: years.at(-1) ?? '' }, extent: `${arsip.length} item arsip elektronik` });
  payload.push({ path: 'deskripsi/atom-isad.csv', bytes: new TextEncoder().encode(toCsv(atomCells([fonds, ...berkasRows.values(), ...itemRows]), { spreadsheet: false })) });
  const ba = p.beritaAcara.berkasUtama ? await getStorage().get(p.beritaAcara.berkasUtama.storageKey) : null;
  if (ba) payload.push({ path: 'berita-acara-penyerahan.pdf', bytes: ba.bytes });

  const name = `penyerahan-${opd.singkatan}-${day(now)}-${p.id.slice(0, 8)}`;
  const bag = buildBag(name, payload, { 'Source-Organization': `${opd.nama}, ${opd.instansi.nama}`, 'External-Identifier': p.id, 'External-Description': `Penyerahan arsip statis, berita acara ${p.beritaAcara.nomor ?? '-'}`, 'Bag-Count': '1 of 1' }, day(now));
  const zip: Zippable = {};
  // PDFs are already compressed: stored as they are, the rest deflated.
  for (const f of bag) zip[f.path] = [f.bytes, { level: f.path.endsWith('.pdf') ? 0 : 6 }];
  return { bytes: zipSync(zip), namaFile: `${name}.zip`, jumlah: arsip.length };
}
