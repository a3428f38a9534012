import type { RawWorkbook } from "../../core/sheets/rawSheet";

/** Rows past this many in one change are re-read whole (a paste, a fill down). */
export const MAX_CHANGED_ROWS = 5000;

/**
 * What live mode knows between two reads: the last workbook read and the rows edited since, so
 * the next read fetches only those rows. Anything it cannot follow (rows inserted or deleted, a
 * sheet added or renamed, a change of thousands of rows) drops it, and the next read is whole.
 */
export class LiveCache {
  private book: RawWorkbook | undefined;
  private readonly dirty = new Map<string, Set<number>>();
  /** Cells ("Sheet!B7") the door is about to write itself, whose events are not the user's. */
  private readonly own = new Map<string, number>();

  /** Kept only while live mode listens: otherwise edits go unseen. */
  listening = false;

  remember(book: RawWorkbook): void {
    this.book = this.listening ? book : undefined;
    this.dirty.clear();
  }

  invalidate(): void {
    this.book = undefined;
    this.dirty.clear();
  }

  /** The cached workbook and the rows to re-read, when an incremental read is possible. */
  pending(): { book: RawWorkbook; rows: Map<string, Set<number>> } | undefined {
    return this.book && this.listening ? { book: this.book, rows: this.dirty } : undefined;
  }

  markRows(sheet: string, first: number, last: number): void {
    if (last - first + 1 > MAX_CHANGED_ROWS) return this.invalidate();
    const rows = this.dirty.get(sheet) ?? new Set<number>();
    for (let r = first; r <= last; r++) rows.add(r);
    this.dirty.set(sheet, rows);
  }

  expectOwnWrite(sheet: string, address: string): void {
    const key = `${sheet}!${address}`;
    this.own.set(key, (this.own.get(key) ?? 0) + 1);
  }

  forgetOwnWrites(): void {
    this.own.clear();
  }

  /** True (and forgotten) when this change is one the door announced. */
  isOwnWrite(sheet: string, address: string): boolean {
    const key = `${sheet}!${address}`;
    const n = this.own.get(key) ?? 0;
    if (n <= 1) this.own.delete(key);
    else this.own.set(key, n - 1);
    return n > 0;
  }
}
