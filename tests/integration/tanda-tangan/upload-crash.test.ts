// A process killed between stageUpload and the transaction that owns the file: the recovery sweep
// deletes the staged scan once its intent expires, and never a file a Berkas row owns.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { registerSuratMasukSchema } from '@/lib/domain/surat-masuk/registration-schema';
import { registerSuratMasuk } from '@/lib/services/pencatatan/register-surat-masuk';
import { stageUpload } from '@/lib/services/berkas/stage-upload';
import { recoverSigning } from '@/lib/services/tanda-tangan/recover-signing';
import { asFile, tinyPdf } from '../../support/fixtures';
import { actorFor } from '../support/actors';
import { storedFiles } from '../support/stored-files';
import { createDisposisiWorld, createPencatat } from '../support/factories';

let storageDir: string;
beforeAll(() => {
  storageDir = mkdtempSync(path.join(tmpdir(), 'upload-crash-'));
  process.env.STORAGE_DIR = storageDir;
});

async function pencatatWorld() {
  const w = await createDisposisiWorld();
  const { pegawai } = await createPencatat(w);
  return { ...w, pencatatId: pegawai.id };
}

function registerAndDie(pegawaiId: string): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', path.join(__dirname, 'crash/register-and-die.ts'), pegawaiId], {
    env: { ...process.env, STORAGE_DIR: storageDir },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
}

const hoursLater = (h: number) => new Date(Date.now() + h * 3_600_000);

describe('an upload killed after stageUpload', () => {
  it('leaves an intent; the sweep deletes the staged scan once the intent expires, and keeps committed scans', async () => {
    const w = await pencatatWorld();
    const pencatat = await actorFor(w.pencatatId);
    const committed = await registerSuratMasuk(
      pencatat,
      registerSuratMasukSchema.parse({ nomor: `005/${Date.now()}/OK`, tanggalSurat: '2026-11-20', pengirimNama: 'Kemendagri', perihal: 'Surat yang tercatat', pindaian: asFile(await tinyPdf(), 'surat.pdf') }),
    );
    const before = await storedFiles('pindaian');

    expect(await registerAndDie(w.pencatatId)).toBe('SIGKILL');
    const after = await storedFiles('pindaian');
    const orphan = after.filter((f) => !before.includes(f));
    expect(orphan).toHaveLength(1);
    const orphanKey = path.relative(storageDir, orphan[0]!).split(path.sep).join('/');
    expect(await prisma.berkasTertunda.count({ where: { storageKey: orphanKey } })).toBe(1);
    expect(await prisma.naskah.count({ where: { opdId: w.opd.id, perihal: 'Surat yang tidak sempat dicatat' } })).toBe(0);

    // While the intent is young the file is left alone (its transaction may still be running).
    await recoverSigning();
    expect(await storedFiles('pindaian')).toEqual(after);

    const report = await recoverSigning(undefined, hoursLater(2));
    expect(report.orphanFiles).toBeGreaterThanOrEqual(1);
    expect(await storedFiles('pindaian')).toEqual(before);
    expect(await prisma.berkasTertunda.count({ where: { storageKey: orphanKey } })).toBe(0);
    const scan = await prisma.berkas.findFirstOrThrow({ where: { naskahId: committed.id } });
    expect(before.some((f) => f.endsWith(path.basename(scan.storageKey)))).toBe(true);
  }, 120_000);

  it('never deletes a staged file whose Berkas row was written without ending the intent', async () => {
    const w = await pencatatWorld();
    const staged = await stageUpload(asFile(await tinyPdf(), 'foto.pdf'), { prefix: 'tindak-lanjut', field: 'lampiran', imagesToPdf: false });
    await prisma.berkas.create({ data: { jenis: 'TINDAK_LANJUT', storageKey: staged.storageKey, namaFile: staged.namaFile, mime: staged.mime, ukuran: staged.ukuran, sha256: staged.sha256, diunggahOlehId: w.pencatatId } });
    await recoverSigning(undefined, hoursLater(2));
    expect((await storedFiles('tindak-lanjut')).some((f) => f.endsWith(path.basename(staged.storageKey)))).toBe(true);
    expect(await prisma.berkasTertunda.count({ where: { storageKey: staged.storageKey } })).toBe(0);
  });
});
