// A signing storm: 50 naskah waiting for one signer in one OPD, signed at once as 50 concurrent
// requests (signNaskah each, as 50 browser tabs or clicks would), through the mock CA wrapped in a
// 1.5 s delay (a realistic BSrE), while other users read their inboxes (listInbox in a loop). The
// same readers run first without the storm. One process, one pool at DATABASE_POOL_SIZE (default
// 4, lib/db/pool-size.ts), like one app instance. Prints figures; asserts nothing.
//   BENCH_LETTERS=20000 npm run bench:seed && npm run bench:signing-storm
//   STORM_SIZE (50), STORM_SIGNER_DELAY_MS (1500), STORM_READERS (6), STORM_BASELINE_MS (15000)
import { performance } from 'node:perf_hooks';
import { prisma } from '@/lib/db';
import { poolSize } from '@/lib/db/pool-size';
import type { Actor } from '@/lib/authz/actor';
import { loadActor } from '@/lib/services/auth/load-actor';
import { listInbox } from '@/lib/services/surat-masuk/list-inbox';
import { closeGiliranListener } from '@/lib/services/penomoran/giliran-listener';
import { signNaskah } from '@/lib/services/tanda-tangan/sign-naskah';
import { MockCaSigner } from '@/lib/signing/mock-ca/mock-ca-signer';
import type { PdfSigner } from '@/lib/signing/types';
import { demoAccount } from '@/prisma/seed/demo-accounts';
import { DEMO_PASSPHRASE, issueDemoCertificates } from '@/prisma/seed/steps/issue-demo-certificates';
import { startBenchDatabase } from './bench-database';

const STORM = Number(process.env.STORM_SIZE ?? 50);
const DELAY_MS = Number(process.env.STORM_SIGNER_DELAY_MS ?? 1_500);
const READERS = Number(process.env.STORM_READERS ?? 6);
const BASELINE_MS = Number(process.env.STORM_BASELINE_MS ?? 15_000);
const THINK_MS = 100;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const p95 = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]! : NaN;
};

/** The mock CA's real PAdES signature, after the wait a remote BSrE takes. */
function slowSigner(inner: PdfSigner, delayMs: number): PdfSigner {
  return {
    backend: inner.backend,
    checkStatus: (nik) => inner.checkStatus(nik),
    signPdf: async (input) => (await sleep(delayMs), inner.signPdf(input)),
    signPdfBatch: async (inputs, credentials) => (await sleep(delayMs), inner.signPdfBatch(inputs, credentials)),
  };
}

/** Readers each list their inbox, pause, and list again until stopped; the latencies of every read. */
function startReaders(actors: Actor[]) {
  const samples: number[] = [];
  const errors: string[] = [];
  let running = true;
  const loops = actors.map(async (actor) => {
    while (running) {
      const started = performance.now();
      try {
        await listInbox(actor);
        samples.push(performance.now() - started);
      } catch (error) {
        errors.push(error instanceof Error ? error.message : String(error));
      }
      await sleep(THINK_MS);
    }
  });
  return {
    samples,
    errors,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

const db = await startBenchDatabase();
try {
  const letters = await prisma.naskah.count();
  const kepalaRow = await prisma.pegawai.findUniqueOrThrow({ where: { nip: demoAccount('kepala').nip }, select: { id: true } });
  const kepala = (await loadActor(kepalaRow.id))!;
  const post = kepala.activePost!;
  // The database may have been seeded beside another mock CA (another checkout's .data/ca): the
  // demo signers get certificates of this one, as the demo seed would.
  await issueDemoCertificates(prisma, kepala.instansiId);
  const staf = (await loadActor((await prisma.pegawai.findUniqueOrThrow({ where: { nip: demoAccount('staf').nip } })).id))!;
  const kabid = (await loadActor((await prisma.pegawai.findUniqueOrThrow({ where: { nip: demoAccount('kabid').nip } })).id))!;
  const klasifikasi = await prisma.klasifikasiArsip.findFirstOrThrow({ where: { instansiId: kepala.instansiId, kode: { contains: '.' } }, orderBy: { kode: 'asc' } });

  // The readers: holders of the busiest inboxes other than the signer's.
  const busiest = await prisma.delivery.groupBy({ by: ['jabatanId'], where: { jabatanId: { not: post.jabatanId } }, _count: { _all: true }, orderBy: { _count: { jabatanId: 'desc' } }, take: READERS * 3 });
  const readers: Actor[] = [];
  for (const { jabatanId } of busiest) {
    const holder = await prisma.penugasanJabatan.findFirst({ where: { jabatanId, selesai: null }, select: { pegawaiId: true } });
    const actor = holder ? await loadActor(holder.pegawaiId, { preferredJabatanId: jabatanId }) : null;
    if (actor?.activePost?.jabatanId === jabatanId && readers.length < READERS) readers.push(actor);
  }

  const naskah = [];
  for (let i = 0; i < STORM; i++) {
    naskah.push(
      await prisma.naskah.create({
        data: {
          opdId: post.opdId,
          sumber: 'INTERNAL',
          jenis: 'NOTA_DINAS',
          status: 'MENUNGGU_TANDA_TANGAN',
          perihal: `Badai tanda tangan ${i + 1}`,
          klasifikasiArsipId: klasifikasi.id,
          pembuatPegawaiId: staf.pegawaiId,
          pembuatJabatanId: staf.activePost!.jabatanId,
          penandatanganJabatanId: post.jabatanId,
          konten: { isi: '<p>Dengan hormat, bersama ini kami sampaikan laporan kegiatan untuk menjadi perhatian.</p>' },
          versiTerakhir: 1,
          penerima: { create: [{ jenis: 'TUJUAN', urutan: 0, jabatanId: kabid.activePost!.jabatanId }] },
        },
        select: { id: true },
      }),
    );
  }
  console.log(`Database: ${letters.toLocaleString('id-ID')} naskah. Pool: ${poolSize()} koneksi.`);
  console.log(`Penanda tangan: ${kepala.nama} (${post.nama}); ${STORM} naskah menunggu; penanda tangan menunggu ${DELAY_MS} ms per dokumen.`);
  console.log(`Pembaca: ${readers.length} pengguna lain membaca Surat Masuk berulang (jeda ${THINK_MS} ms).`);

  const signer = slowSigner(new MockCaSigner(), DELAY_MS);
  // Warm the code paths (render, sign) once, outside both measurements.
  await listInbox(readers[0]!);

  const baseline = startReaders(readers);
  await sleep(BASELINE_MS);
  await baseline.stop();

  const during = startReaders(readers);
  const started = performance.now();
  // The storm measures the signing pipeline: one person's passphrase limit (5 entries in flight,
  // lib/services/tanda-tangan/passphrase-attempt.ts) would refuse 45 of 50 simultaneous tabs.
  const unlimited = async () => ({ settle: async () => undefined });
  const results = await Promise.allSettled(naskah.map((n) => signNaskah({ actor: kepala, naskahId: n.id, passphrase: DEMO_PASSPHRASE }, signer, unlimited)));
  const totalMs = performance.now() - started;
  await during.stop();

  const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  const reasons = new Map<string, number>();
  for (const f of failed) {
    const message = f.reason instanceof Error ? f.reason.message : String(f.reason);
    reasons.set(message, (reasons.get(message) ?? 0) + 1);
  }
  const signed = await prisma.naskah.findMany({ where: { id: { in: naskah.map((n) => n.id) }, status: 'DITANDATANGANI' }, select: { nomorUrut: true } });
  const urut = signed.map((n) => n.nomorUrut!).sort((a, b) => a - b);
  const consecutive = urut.length > 0 && urut.every((u, i) => u === urut[0]! + i);
  const p95Base = p95(baseline.samples);
  const p95Storm = p95(during.samples);

  console.log(`Nomor urut: ${urut.length ? `${urut[0]}..${urut.at(-1)}` : '-'} (${urut.length} nomor, ${new Set(urut).size} berbeda)`);
  for (const [message, count] of reasons) console.log(`  gagal ${count}x: ${message}`);
  console.log(`Waktu total: ${(totalMs / 1000).toFixed(1)} s (batas bawah ${STORM} x ${DELAY_MS / 1000} s = ${((STORM * DELAY_MS) / 1000).toFixed(1)} s)`);
  console.log(`Pembaca tanpa badai: ${baseline.samples.length} baca, p50 ${p50(baseline.samples).toFixed(1)} ms, p95 ${p95Base.toFixed(1)} ms, ${baseline.errors.length} galat`);
  console.log(`Pembaca saat badai:  ${during.samples.length} baca, p50 ${p50(during.samples).toFixed(1)} ms, p95 ${p95Storm.toFixed(1)} ms, ${during.errors.length} galat`);
  console.log(`storm: ${signed.length} signed, ${failed.length} failed, numbers consecutive: ${consecutive ? 'yes' : 'no'}, reader p95 ${(p95Storm / p95Base).toFixed(1)}x`);
} finally {
  await closeGiliranListener();
  await prisma.$disconnect();
  await db.stop();
}

function p50(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : NaN;
}
