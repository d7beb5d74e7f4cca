// The WebAssembly heap of the page renderer lies outside the worker's JavaScript memory cap, so
// capWasmMemory gives the module's memory a maximum of its own: growing past it must fail.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { capWasmMemory, PDFIUM_HEAP_BYTES } from '@/lib/signing/verify/structure/pdfium';

const PAGE = 64 * 1024;
/** (module (memory (export "m") 1)): a memory without a maximum, as PDFium's build has. */
const unbounded = Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x05, 0x03, 0x01, 0x00, 0x01, 0x07, 0x05, 0x01, 0x01, 0x6d, 0x02, 0x00]);

function memoryOf(wasm: Uint8Array<ArrayBuffer>): WebAssembly.Memory {
  return new WebAssembly.Instance(new WebAssembly.Module(wasm)).exports.m as WebAssembly.Memory;
}

describe('capWasmMemory', () => {
  it('sets a maximum that memory.grow cannot pass', () => {
    expect(() => memoryOf(unbounded).grow(10)).not.toThrow();
    const memory = memoryOf(capWasmMemory(unbounded, 4 * PAGE));
    expect(memory.grow(3)).toBe(1);
    expect(() => memory.grow(1)).toThrow(RangeError);
  });

  it("caps PDFium's own module and keeps it valid", () => {
    const wasm = readFileSync(createRequire(import.meta.url).resolve('@hyzyla/pdfium/pdfium.wasm'));
    const capped = capWasmMemory(wasm, PDFIUM_HEAP_BYTES);
    expect(WebAssembly.validate(capped)).toBe(true);
    expect(capped.length).toBeGreaterThan(wasm.length - 16);
  });
});
