// Tests write scratch files (PDFs for pdftotext and qpdf, file stores, CA directories, sparse
// upload files) under os.tmpdir(). Point it at one directory per run, which the workers inherit,
// and remove that directory afterwards, so test runs leave nothing behind in /tmp.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setupScratchTmp(): () => void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'eoffice-test-'));
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
