// The text layer of an uploaded PDF, for search. An untrusted file is parsed by poppler's pdftotext
// in a child process (off the event loop, its own memory), bounded in time, pages and output; a
// scan without a text layer, a broken file or a timeout simply gives no text.
import { spawn } from 'node:child_process';

export const TEKS_MAX_HALAMAN = 50;
export const TEKS_MAX_KARAKTER = 200_000;
const TIMEOUT_MS = Number(process.env.TEKS_BERKAS_TIMEOUT_MS ?? 10_000);

export function extractTextLayer(pdf: Uint8Array, { timeoutMs = TIMEOUT_MS } = {}): Promise<string | null> {
  return new Promise((resolve) => {
    const child = spawn('pdftotext', ['-q', '-enc', 'UTF-8', '-l', String(TEKS_MAX_HALAMAN), '-', '-'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      // Four bytes per character at most: stop reading (and the process) once the cap is reached.
      if (size > TEKS_MAX_KARAKTER * 4) return void child.kill('SIGKILL');
      chunks.push(chunk);
      size += chunk.length;
    });
    child.on('error', () => {
      clearTimeout(timer);
      resolve(null);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0) return resolve(null);
      // NUL bytes cannot be stored in a PostgreSQL text column; runs of whitespace say nothing.
      const text = Buffer.concat(chunks).toString('utf8').replace(/\u0000/g, '').replace(/\s+/g, ' ').trim().slice(0, TEKS_MAX_KARAKTER);
      resolve(text === '' ? null : text);
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
  });
}
