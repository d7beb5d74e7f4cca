// `npm run bench:notify-fanout`: what notification fan-out adds to the signing request for a signed
// letter with 1 tujuan and 40 tembusan (41 posts, each holder with e-mail and WhatsApp), plus the
// drafter and a verifikator. notify() runs inside the signing transaction, so its own duration is
// what the request pays: 43 notifications, their outbox rows and jobs. Figures only; asserts nothing.
// Wall time is inflated on a loaded machine: CPU time of this process and round trips are printed too.
import { randomInt, randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { createPrismaClient } from '@/lib/db/client';
import { notify } from '@/lib/services/notifikasi/notify';
import { startBenchDatabase } from './bench-database';

const TEMBUSAN = 40;
const RUNS = 30;
const WARMUP = 3;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const u = () => randomUUID().slice(0, 8).toUpperCase();
const nip = () => `19${70 + randomInt(29)}0${1 + randomInt(9)}1${randomInt(10)}20${10 + randomInt(10)}0${1 + randomInt(9)}1${String(randomInt(1000)).padStart(3, '0')}`;

const database = await startBenchDatabase();
const db = createPrismaClient(database.url);
try {
  const instansi = await db.instansi.create({ data: { kode: `B${u()}`, nama: 'Pemerintah Bench', ibuKota: 'Kota Bench' } });
  const opd = await db.opd.create({ data: { instansiId: instansi.id, kode: u(), nama: 'Dinas Bench', singkatan: `DB${u()}`, alamat: 'Jl. Bench 1', kota: 'Kota Bench' } });
  const post = async (level: number, parentId: string | null) => {
    const kode = u();
    const unit = await db.unitKerja.create({ data: { opdId: opd.id, kode: `U${kode}`, nama: `Unit ${kode}`, jenis: 'BIDANG' } });
    const jabatan = await db.jabatan.create({ data: { opdId: opd.id, unitKerjaId: unit.id, parentId, kode: `J${kode}`, nama: `Kepala Bidang ${kode}`, namaSingkat: `K${kode}`, jenis: 'STRUKTURAL', level } });
    const pegawai = await db.pegawai.create({
      data: { instansiId: instansi.id, opdId: opd.id, nama: `Pegawai ${kode}`, nip: nip(), nik: `3${String(randomInt(1e9)).padStart(15, '0')}`, email: `p.${kode.toLowerCase()}@bench.go.id`, nomorWhatsapp: `62812${String(randomInt(1e7)).padStart(7, '0')}`, passwordHash: 'x' },
    });
    await db.penugasanJabatan.create({ data: { pegawaiId: pegawai.id, jabatanId: jabatan.id, jenis: 'DEFINITIF', mulai: new Date('2020-01-01T00:00:00Z') } });
    return { jabatan, pegawai };
  };
  const kepala = await post(1, null);
  const staf = await post(3, kepala.jabatan.id);
  const kabid = await post(2, kepala.jabatan.id);
  const penerima: Awaited<ReturnType<typeof post>>[] = [];
  for (let i = 0; i < TEMBUSAN + 1; i++) penerima.push(await post(2, kepala.jabatan.id));

  const signedLetter = async () => {
    const naskah = await db.naskah.create({
      data: {
        opdId: opd.id, sumber: 'INTERNAL', jenis: 'NOTA_DINAS', status: 'DITANDATANGANI', perihal: `Surat edaran ${u()}`, nomor: `000/${u()}`,
        pembuatPegawaiId: staf.pegawai.id, pembuatJabatanId: staf.jabatan.id, penandatanganJabatanId: kepala.jabatan.id, penandatanganPegawaiId: kepala.pegawai.id,
        verifikasi: { create: [{ putaran: 1, urutan: 1, jabatanId: kabid.jabatan.id, status: 'DISETUJUI', pegawaiId: kabid.pegawai.id }] },
      },
    });
    await db.delivery.createMany({
      data: penerima.map((p, i) => ({ naskahId: naskah.id, jabatanId: p.jabatan.id, opdId: opd.id, jenis: i === 0 ? ('TUJUAN' as const) : ('TEMBUSAN' as const), klasifikasiKeamanan: 'BIASA' as const, derajatKecepatan: 'BIASA' as const, deliveredAt: new Date() })),
    });
    return naskah.id;
  };

  const wall: number[] = [];
  const cpu: number[] = [];
  const floor: number[] = [];
  let counts = { notifikasi: 0, pengiriman: 0, jobs: 0 };
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const naskahId = await signedLetter();
    await db.$transaction(async (tx) => {
      // The same number of round trips doing nothing: what this machine's load alone costs now.
      const f0 = performance.now();
      for (let k = 0; k < 7; k++) await tx.$queryRaw`SELECT 1`;
      if (i >= WARMUP) floor.push(performance.now() - f0);
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await notify(tx, { jenis: 'NASKAH_DITANDATANGANI', naskahId }, { actorPegawaiId: kepala.pegawai.id, kanal: ['EMAIL', 'WHATSAPP'] });
      const t1 = performance.now();
      const c1 = process.cpuUsage(c0);
      if (i >= WARMUP) {
        wall.push(t1 - t0);
        cpu.push((c1.user + c1.system) / 1000);
      }
      if (process.env.BENCH_VERBOSE) console.log(`  #${i + 1}: ${ms(t1 - t0)} (CPU ${ms((c1.user + c1.system) / 1000)})`);
    }, { timeout: 60_000 });
    if (i === WARMUP) {
      const notifikasi = await db.notifikasi.count({ where: { tautan: { endsWith: naskahId } } });
      const pengiriman = await db.pengirimanNotifikasi.count({ where: { notifikasi: { tautan: { endsWith: naskahId } } } });
      // This letter's jobs only: the bench database keeps the jobs of earlier runs.
      const jobs = await db.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM graphile_worker.jobs j JOIN "PengirimanNotifikasi" p ON j.key = 'kirim-notifikasi:' || p.id
        JOIN "Notifikasi" n ON n.id = p."notifikasiId" WHERE j.task_identifier = 'kirim-notifikasi' AND n.tautan LIKE ${`%${naskahId}`}`;
      counts = { notifikasi, pengiriman, jobs: jobs[0]!.n };
    }
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  floor.sort((a, b) => a - b);
  console.log(`Fan-out notifikasi untuk satu naskah bertanda tangan dengan ${TEMBUSAN} tembusan + 1 tujuan (${RUNS}x, ${cpus().length} inti, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')}):`);
  console.log(`  per naskah: ${counts.notifikasi} notifikasi, ${counts.pengiriman} baris outbox (e-mail + WhatsApp), ${counts.jobs} job graphile-worker; jumlah kueri tetap, tidak tumbuh dengan jumlah penerima`);
  console.log(`  waktu dinding notify() di dalam transaksi: p50 ${ms(percentile(wall, 50))}, p95 ${ms(percentile(wall, 95))}, maks ${ms(wall.at(-1)!)} (target < 200 ms)`);
  console.log(`  waktu CPU proses aplikasi: p50 ${ms(percentile(cpu, 50))}, p95 ${ms(percentile(cpu, 95))}`);
  console.log(`  pembanding pada beban yang sama: 7 kali SELECT 1 dalam transaksi yang sama, p50 ${ms(percentile(floor, 50))}, p95 ${ms(percentile(floor, 95))}`);
  // The jobs stay unsent (no channel is configured here): remove them, this run's and any an
  // earlier run left, or a server started on this database (bench:load) retries them for hours.
  await db.$queryRaw`
    SELECT count(graphile_worker.remove_job(j.key))::int FROM graphile_worker.jobs j
    JOIN "PengirimanNotifikasi" p ON j.key = 'kirim-notifikasi:' || p.id JOIN "Notifikasi" n ON n.id = p."notifikasiId"
    JOIN "Pegawai" g ON g.id = n."pegawaiId" JOIN "Opd" o ON o.id = g."opdId" WHERE o.nama = 'Dinas Bench'`;
} finally {
  await db.$disconnect();
  await database.stop();
}
