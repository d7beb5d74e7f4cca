import { PdfDefect, type PdfInspectLimits } from './types';

/** Counts work against the limits; every parser step calls tick(), so no input runs unbounded. */
export class Budget {
  private readonly deadline: number;
  private steps = 0;
  private objects = 0;
  private decoded = 0;
  private xrefEntries = 0;

  constructor(readonly limits: PdfInspectLimits) {
    this.deadline = performance.now() + limits.timeBudgetMs;
  }

  tick(): void {
    // Reading the clock on every token would cost more than the token.
    if (++this.steps % 2048 === 0) this.checkTime();
  }

  /** Called before each object too: one object's search for "endstream" may cover megabytes. */
  checkTime(): void {
    if (performance.now() > this.deadline) throw new PdfDefect('timeout', `inspection took longer than ${this.limits.timeBudgetMs} ms`);
  }

  countObjects(n: number): void {
    this.objects += n;
    if (this.objects > this.limits.maxObjects) throw new PdfDefect('too-many-objects', `more than ${this.limits.maxObjects} objects`);
  }

  /** Entries of all cross-reference sections, which a hostile file can inflate without objects behind them. */
  countXrefEntries(n: number): void {
    this.xrefEntries += n;
    if (this.xrefEntries > this.limits.maxObjects * 2) throw new PdfDefect('too-many-objects', `more than ${this.limits.maxObjects * 2} cross-reference entries`);
  }

  countDecoded(bytes: number): void {
    this.decoded += bytes;
    if (this.decoded > this.limits.maxTotalDecodedBytes) throw new PdfDefect('stream-too-large', `streams decode to more than ${this.limits.maxTotalDecodedBytes} bytes`);
  }

  get objectCount(): number {
    return this.objects;
  }
}
