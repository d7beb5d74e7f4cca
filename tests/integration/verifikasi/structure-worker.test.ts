// The public verifier as the app runs it: in the untrusted-file worker pool, on what the project's
// own signer makes (a two-page naskah, PAdES B-LT from the mock CA) and on hostile files, which
// each get a clear Indonesian answer instead of an exception or a hang.
import { spawn } from 'node:child_process';
import { deflateSync } from 'node:zlib';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFArray, type PDFRef } from 'pdf-lib';
import { ensureCertificate } from '@/lib/signing/mock-ca/certificates';
import { MockCaSigner } from '@/lib/signing/mock-ca/mock-ca-signer';
import { createSampleNaskahPdf } from '@/lib/signing/sample/sample-naskah-pdf';
import { defaultVerifyOptions } from '@/lib/signing/verify';
import { verifyTaskInput } from '@/lib/signing/verify/task-input';
import { verifyUploadedPdf } from '@/lib/services/verifikasi/verify-uploaded-pdf';
import { runUntrusted, UntrustedTaskError } from '@/lib/untrusted/worker-pool';
import { appendUpdate, handMadeBase, handMadePdf, objectsOf, serialise, stream } from '@/tests/support/structure-attacks';
import { randomNik } from '../support/factories';

process.env.MOCK_CA_DIR = path.join(mkdtempSync(path.join(tmpdir(), 'structure-ca-')), 'ca');

let naskah: Uint8Array;

beforeAll(async () => {
  const nik = randomNik();
  await ensureCertificate({ nik, nama: 'Drs. Hendra Gunawan', instansi: 'Pemerintah Uji' }, 'Rahasia#Uji2026');
  ({ pdf: naskah } = await new MockCaSigner().signPdf({ pdf: await createSampleNaskahPdf(), nik, passphrase: 'Rahasia#Uji2026', reason: 'Uji' }));
});

describe('verification in the worker pool', () => {
  it('verifies a genuine two-page naskah as valid B-LTA with nothing changed after signing', async () => {
    const { verification } = await verifyUploadedPdf({ pdf: naskah });
    expect(verification.conclusion).toBe('VALID');
    const [signature] = verification.signatures.filter((s) => s.kind === 'SIGNATURE');
    expect(signature).toMatchObject({ level: 'B-LTA', status: 'VALID', changes: { addedDss: true, contentChanges: [] } });
  });

  it('refuses the same naskah with page 1 redrawn in an incremental update, naming the page', async () => {
    const o = await objectsOf(naskah);
    const contents = o.contentsOf(0);
    const first = (contents instanceof PDFArray ? contents.get(0) : contents) as PDFRef;
    const attacked = appendUpdate(naskah, [{ num: first.objectNumber, body: stream('BT /F1 12 Tf 72 700 Td (Nomor: 800/999/2026) Tj ET') }], { root: o.root, size: o.size });
    const { verification } = await verifyUploadedPdf({ pdf: attacked });
    expect(verification.conclusion).toBe('INVALID');
    expect(verification.signatures[0].changes.contentChanges.join(' ')).toMatch(new RegExp(`halaman 1: aliran isi halaman diubah \\(objek ${first.objectNumber}\\)`));
  });

  it('answers a deflate bomb with a refusal that names the limit', async () => {
    const o = await objectsOf(naskah);
    const catalog = serialise(o.doc.catalog).toString('latin1').replace(/\/DSS \d+ 0 R/, `/DSS ${o.size + 1} 0 R`);
    const bomb = deflateSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
    const attacked = appendUpdate(
      naskah,
      [
        { num: o.root, body: catalog },
        { num: o.size, body: stream(bomb, '/Filter /FlateDecode') },
        { num: o.size + 1, body: `<< /Certs [${o.size} 0 R] >>` },
      ],
      { root: o.root, size: o.size + 2 },
    );
    const { verification } = await verifyUploadedPdf({ pdf: attacked });
    expect(verification).toMatchObject({ conclusion: 'INDETERMINATE', signatures: [] });
    expect(verification.summary).toMatch(/^Berkas tidak dapat diperiksa: sebuah aliran data mengembang melebihi 16 MB/);
  });

  it('answers a forged signature with a 10^18 ByteRange length as a failed signature', async () => {
    const base = handMadeBase('Surat palsu', '/Annots [6 0 R]');
    base[0] = '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R] >> >>';
    const pdf = handMadePdf([...base, '<< /FT /Sig /T (TTE) /V 7 0 R >>', '<< /Type /Sig /ByteRange [0 10 20 1000000000000000000] /Contents <3082> >>']);
    const { verification } = await verifyUploadedPdf({ pdf });
    expect(verification.conclusion).toBe('INVALID');
    expect(verification.signatures[0].reasons.join(' ')).toMatch(/bukan empat bilangan bulat tidak negatif/);
  });

  it('stops a task that overruns its time budget, and the pool keeps serving', async () => {
    const input = verifyTaskInput(naskah, await defaultVerifyOptions());
    const error = await runUntrusted('verifyPdf', input, { timeoutMs: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UntrustedTaskError);
    expect(error).toMatchObject({ failure: 'TIMEOUT', message: expect.stringMatching(/melebihi batas waktu/) });
    const again = await runUntrusted('verifyPdf', input);
    expect(again.conclusion).toBe('VALID');
  });

  it('counts the budget in the worker CPU time: a genuine naskah on a saturated machine is still verified', async () => {
    const input = verifyTaskInput(naskah, await defaultVerifyOptions());
    const timed = async (timeoutMs?: number) => {
      const started = performance.now();
      expect((await runUntrusted('verifyPdf', input, { timeoutMs })).conclusion).toBe('VALID');
      return performance.now() - started;
    };
    await timed();
    const idle = Math.min(await timed(), await timed(), await timed());
    // Three busy processes at normal priority on this 2-core machine: the low-priority worker waits
    // for a core most of the time (15-40 times its idle wall time here). Counted in wall time, a
    // budget of a third of that ran out before the work was done. The budget follows what this host
    // shows: a fixed 500 ms met the wall-clock cap (10x) on a slower CI host.
    const hogs = Array.from({ length: 3 }, () => spawn(process.execPath, ['-e', 'for(;;);'], { stdio: 'ignore' }));
    const starved: number[] = [];
    let budget = 0;
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const slowest = Math.max(await timed(), await timed());
      budget = Math.ceil(Math.max(3 * idle, slowest / 3));
      // Starvation comes in bursts (a CI run saw 936 ms, then 37/34/162 ms under the same hogs): run
      // until one run has waited past the budget, which is what this test needs to show.
      for (let i = 0; i < 10 && !starved.some((ms) => ms > budget); i++) starved.push(await timed(budget));
    } finally {
      for (const hog of hogs) hog.kill('SIGKILL');
    }
    // Otherwise the hogs did not starve the worker and the test showed nothing.
    const figures = `idle ${idle.toFixed(0)} ms, budget ${budget} ms, starved ${starved.map((ms) => ms.toFixed(0)).join('/')} ms`;
    expect(Math.max(...starved), figures).toBeGreaterThan(budget);
  });

  it('answers a genuine file promptly right after a worker was killed at its time budget', async () => {
    const input = verifyTaskInput(naskah, await defaultVerifyOptions());
    const timed = async () => {
      const started = performance.now();
      expect((await runUntrusted('verifyPdf', input)).conclusion).toBe('VALID');
      return performance.now() - started;
    };
    await timed();
    const warm = Math.max(await timed(), await timed());
    const error = await runUntrusted('verifyPdf', input, { timeoutMs: 1 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ failure: 'TIMEOUT' });
    const afterKill = await timed();
    // The replacement starts at once and loads the prebuilt task bundle: 2.0 s more than a warm
    // worker at load 20. Compiling the tasks through tsx instead cost 4.4 s more at load 17 (warm
    // tsx cache; up to 45 s cold).
    expect(afterKill).toBeLessThan(warm + 3_000);
  });

  it('answers many hostile files at once, every one with a verdict', async () => {
    const base = handMadeBase();
    base[0] = `<< /Type /Catalog /Pages 2 0 R /Deep ${'['.repeat(50_000)}${']'.repeat(50_000)} >>`;
    const deep = handMadePdf(base);
    const results = await Promise.all(Array.from({ length: 6 }, () => verifyUploadedPdf({ pdf: deep })));
    for (const { verification } of results) expect(verification.summary).toMatch(/bersarang lebih dari 64 tingkat/);
  });
});
