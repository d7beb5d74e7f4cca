// PDFium compiled to WebAssembly (@hyzyla/pdfium), loaded once per thread: the verification
// worker renders pages without starting a process. The WebAssembly heap is outside the worker's
// JavaScript memory cap, so its own maximum is lowered here: a hostile file that makes PDFium ask
// for more gets an allocation failure (PDFium then aborts), not gigabytes.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { PDFiumLibrary } from '@hyzyla/pdfium';

/** The most one rendering library may hold: two 20 MB files, their parsed objects and a page bitmap. */
export const PDFIUM_HEAP_BYTES = 256 * 1024 * 1024;

const WASM_PAGE = 64 * 1024;

function leb(value: number): number[] {
  const out: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

function readLeb(bytes: Uint8Array, at: number): [value: number, next: number] {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(byte & 0x80)) return [value, at];
  }
}

/**
 * The module with its (one, 32-bit) memory's maximum set to maxBytes: the memory section
 * (id 5) is rewritten, every other section is kept as it is.
 */
export function capWasmMemory(wasm: Uint8Array, maxBytes: number): Uint8Array<ArrayBuffer> {
  const parts: Uint8Array[] = [wasm.subarray(0, 8)];
  let at = 8;
  let capped = false;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, payload] = readLeb(wasm, at + 1);
    const end = payload + size;
    if (id !== 5) {
      parts.push(wasm.subarray(at, end));
    } else {
      const [count, start] = readLeb(wasm, payload);
      let p = start;
      const flags = wasm[p++];
      if (count !== 1 || flags > 1) throw new Error('PDFium: unexpected memory section');
      const [min] = readLeb(wasm, p);
      const max = Math.max(min, Math.floor(maxBytes / WASM_PAGE));
      const body = [...leb(1), 0x01, ...leb(min), ...leb(max)];
      parts.push(Uint8Array.from([5, ...leb(body.length), ...body]));
      capped = true;
    }
    at = end;
  }
  if (!capped) throw new Error('PDFium: no memory section to cap');
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((at, part) => (out.set(part, at), at + part.length), 0);
  return out;
}

let library: Promise<PDFiumLibrary> | null = null;

async function load(): Promise<PDFiumLibrary> {
  const { PDFiumLibrary } = await import('@hyzyla/pdfium');
  const wasm = await readFile(createRequire(import.meta.url).resolve('@hyzyla/pdfium/pdfium.wasm'));
  return PDFiumLibrary.init({ wasmBinary: capWasmMemory(wasm, PDFIUM_HEAP_BYTES).buffer });
}

/** This thread's PDFium, loaded on first use. */
export function pdfium(): Promise<PDFiumLibrary> {
  library ??= load().catch((error: unknown) => {
    library = null;
    throw error;
  });
  return library;
}

/** After PDFium aborted (out of its heap, a broken file), its state is lost: the next use loads it anew. */
export function discardPdfium(): void {
  library = null;
}
