import { columnIndex } from "../../../core/sheets/address";
import { HEADER_SEARCH_ROWS } from "../../../core/sheets/findHeader";
import type { CellValue, RawSheet } from "../../../core/sheets/rawSheet";
import type { ReadLimits } from "./readLimits";
import type { ReadNote } from "../../../core/sheets/readNote";
import { UnreadableWorkbookError } from "./readProblem";

const GENERAL = "General";

/**
 * Whether to read a sheet on, asked once with its first `HEADER_SEARCH_ROWS` rows (values as
 * written, before merged areas are blanked): a sheet answered false is skipped.
 */
export type SheetFilter = (head: RawSheet) => boolean;

/**
 * One sheet's grid, built from its cells in row order (as a sheet part lists them). It keeps
 * what the Excel door would show (`Range.values` of the used range from A1, number formats
 * beside) but only as far as the data goes: a value far right of the data, or after a long run
 * of empty rows, is left out and noted; the sheet's cells are counted against the cap.
 */
export class SheetGrid {
  private readonly values: CellValue[][] = [];
  private readonly formats: string[][] = [];
  /** Last row and column (1-based) holding a value. */
  private lastRow = 0;
  private width = 0;
  private cells = 0;
  private readonly merged: string[] = [];
  private ended = false;
  private decided: boolean;
  /** The row whose formats are its own while its cells come in; the rows before share. */
  private openRow = 0;
  /** The formats of the last row closed: the next row with the same ones takes this array. */
  private lastFormats: string[] | undefined;
  /** True once the filter said this sheet is not to be read: it holds nothing. */
  skipped = false;
  readonly notes: ReadNote[] = [];

  constructor(
    readonly name: string,
    private readonly limits: ReadLimits,
    private readonly keep?: SheetFilter
  ) {
    this.decided = keep === undefined;
  }

  /** Asks the filter, with the head of the sheet, whether to read on. */
  private decide(): void {
    this.decided = true;
    const head = this.values.slice(0, HEADER_SEARCH_ROWS);
    if (this.keep!({ name: this.name, origin: "A1", values: head })) return;
    this.skipped = true;
    this.ended = true;
    this.values.length = 0;
    this.formats.length = 0;
    this.notes.length = 0;
  }

  /** False once the sheet has ended (a long gap); the caller may stop reading it. */
  get open(): boolean {
    return !this.ended;
  }

  get cellCount(): number {
    return this.cells;
  }

  /**
   * One cell, 1-based. `value` "" is a cell with only a format (or an empty text), which
   * neither extends the grid nor counts.
   */
  add(row: number, column: number, value: CellValue, format: string): void {
    if (!this.decided && row > HEADER_SEARCH_ROWS) this.decide();
    if (this.ended) return;
    const hasValue = value !== "" && value !== null;
    if (hasValue) {
      if (row - this.lastRow > this.limits.rowGap) {
        this.notes.push({
          kind: "rowsAfterGap",
          sheet: this.name,
          row,
          column,
          emptyRows: row - this.lastRow - 1,
        });
        this.ended = true;
        return;
      }
      if (column > this.width + this.limits.columnMargin) {
        if (!this.notes.some((n) => n.kind === "columnsFarRight"))
          this.notes.push({ kind: "columnsFarRight", sheet: this.name, row, column });
        return;
      }
    } else if (
      column > this.width + this.limits.columnMargin ||
      row - this.lastRow > this.limits.rowGap
    ) {
      return;
    }
    while (this.values.length < row) {
      this.values.push([]);
      this.formats.push([]);
    }
    if (row !== this.openRow) this.open_(row);
    const vals = this.values[row - 1];
    const fmts = this.formats[row - 1];
    while (vals.length < column - 1) {
      vals.push("");
      fmts.push(GENERAL);
    }
    vals[column - 1] = hasValue ? value : "";
    fmts[column - 1] = format;
    if (!hasValue) return;
    this.cells++;
    if (row > this.lastRow) this.lastRow = row;
    if (column > this.width) this.width = column;
    if (this.cells > this.limits.maxCells || this.lastRow * this.width > this.limits.maxGridSlots)
      throw this.tooMany(this.cells);
  }

  /**
   * Closes the open row, giving it the array of the row closed before when its formats are the
   * same (most rows of a table), so that its own array dies young, before the collector moves
   * it (issue 13: some 6 MB of a 50,000-row read's 37 MB peak). A row opened again (rows
   * out of order) gets a copy of its formats: a shared array is never written.
   */
  private open_(row: number): void {
    const closing = this.openRow > 0 ? this.formats[this.openRow - 1] : undefined;
    if (closing && closing !== this.lastFormats) {
      if (this.lastFormats && sameFormats(closing, this.lastFormats))
        this.formats[this.openRow - 1] = this.lastFormats;
      else this.lastFormats = closing;
    }
    this.openRow = row;
    const formats = this.formats[row - 1];
    if (formats.length > 0) this.formats[row - 1] = formats.slice();
  }

  /** The refusal for this sheet, with a count (estimated by the caller when not read through). */
  tooMany(cells: number): UnreadableWorkbookError {
    return new UnreadableWorkbookError("tooManyCells", {
      sheet: this.name,
      cells: Math.max(cells, this.cells),
      limit: this.limits.maxCells,
    });
  }

  /**
   * Blanks the cells a merged area hides (Excel shows, and `Range.values` gives, only the
   * top-left one); `ref` is "B2:D4".
   */
  merge(ref: string): void {
    const m = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref);
    if (!m) return;
    const top = Number(m[2]);
    const left = columnIndex(m[1]);
    const bottom = Math.min(Number(m[4]), this.values.length);
    const right = columnIndex(m[3]);
    if (top <= this.values.length) this.merged.push(ref.replace(/\$/g, "").toUpperCase());
    for (let r = top; r <= bottom; r++) {
      const vals = this.values[r - 1];
      const last = Math.min(right, vals.length);
      for (let c = r === top ? left + 1 : left; c <= last; c++) vals[c - 1] = "";
    }
  }

  /** The grid from A1 to the last row and column that still hold a value. */
  finish(): RawSheet {
    if (!this.decided) this.decide();
    let rows = 0;
    let width = 0;
    for (let r = Math.min(this.lastRow, this.values.length); r >= 1; r--) {
      const vals = this.values[r - 1];
      for (let c = vals.length; c >= 1; c--) {
        const v = vals[c - 1];
        if (v !== "" && v !== null) {
          if (rows === 0) rows = r;
          if (c > width) width = c;
          break;
        }
      }
    }
    this.values.length = rows;
    this.formats.length = rows;
    const shared = new Map<string, string[]>();
    let last: string[] | undefined;
    for (let r = 0; r < rows; r++) {
      const vals = this.values[r];
      const fmts = this.formats[r];
      if (vals.length > width) vals.length = width;
      while (vals.length < width) vals.push("");
      // A shared array is cut or filled once, the same for every row that shares it.
      if (fmts.length > width) fmts.length = width;
      while (fmts.length < width) fmts.push(GENERAL);
      // Rows of a table mostly share their formats: one array per distinct row of formats
      // (read-only, as the grids are; fixes change values, never formats). Most rows repeat
      // the row above, which is compared first, without making a key.
      if (last && sameFormats(fmts, last)) {
        this.formats[r] = last;
        continue;
      }
      const key = fmts.join("\u0001");
      const same = shared.get(key);
      if (same) this.formats[r] = same;
      else shared.set(key, fmts);
      last = this.formats[r];
    }
    // The history layout reads its producer blocks from the merged areas (core/sheets/history).
    const merges = this.merged.filter((ref) => Number(/\d+/.exec(ref)?.[0]) <= rows);
    return {
      name: this.name,
      origin: "A1",
      values: this.values,
      numberFormats: this.formats,
      merges,
    };
  }
}

function sameFormats(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
