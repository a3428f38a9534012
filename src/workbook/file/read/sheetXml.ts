import { UNCALCULATED_FORMULA, type CellValue } from "../../../core/sheets/rawSheet";
import { dateToSerial } from "../excelDates";
import type { SheetGrid } from "./sheetGrid";
import { UnreadableWorkbookError } from "./readProblem";
import { attribute, decodeXmlText, stringItemText } from "./xmlText";

/** A row (or the text before `<sheetData>`) longer than this is not a worksheet. */
const MAX_PENDING = 32 * 2 ** 20;

const SHEET_DATA = /<([A-Za-z_][\w.-]*:)?sheetData\b[^>]*?(\/?)>/;
const HAS_FORMULA = /<(?:[\w.-]+:)?f[\s>/]/;
const V = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([^<]*)<\/(?:[\w.-]+:)?v>/;
const IS = /<(?:[\w.-]+:)?is\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?is>/;
const MERGE = /<(?:[\w.-]+:)?mergeCell\b([^>]*)>/g;

export interface SheetContext {
  sharedStrings: readonly string[];
  /** Number format per cell style index (`s`), from styles.xml's cellXfs. */
  formats: readonly string[];
  date1904: boolean;
  /** The part's name, for messages. */
  part: string;
}

/**
 * Scans a worksheet part (`xl/worksheets/sheetN.xml`) handed over in pieces of text, feeding
 * its cells to a grid. A hand scan of the few elements that matter (rows, cells, values,
 * inline strings, merges) over whole rows: several times faster than a general XML parser, and
 * nothing but the current rows is held.
 */
export class SheetXmlScanner {
  private state: "before" | "rows" | "after" = "before";
  private pending = "";
  private rowStart = "<row";
  private rowEnd = "</row>";
  private dataEnd = "</sheetData>";
  private row = 0;
  private column = 0;
  private readonly merges: string[] = [];
  private from = 0;

  constructor(
    private readonly grid: SheetGrid,
    private readonly ctx: SheetContext
  ) {}

  /**
   * Takes the next piece of text. Once the grid has ended (a long gap) rows are skipped, but
   * the part is still read for its merged areas, which follow the rows.
   */
  push(text: string): void {
    // Only the new text (and a tag's length before it) can hold a boundary not seen before.
    this.from = Math.max(0, this.pending.length - 32);
    this.pending += text;
    if (this.state === "before") this.findSheetData();
    if (this.state === "rows") this.scanRows(false);
    if (this.state === "after") this.scanMerges(false);
    if (this.pending.length > MAX_PENDING)
      throw new UnreadableWorkbookError("zipBomb", { part: this.ctx.part, limit: MAX_PENDING });
  }

  /** The part has ended: the last rows, then the merges. */
  end(): void {
    if (this.state === "rows") this.scanRows(true);
    if (this.state === "after") this.scanMerges(true);
    for (const ref of this.merges) this.grid.merge(ref);
  }

  private findSheetData(): void {
    const m = SHEET_DATA.exec(this.pending);
    if (!m) {
      // Keep only a tail that could be the start of the tag.
      if (this.pending.length > 4096) this.pending = this.pending.slice(-256);
      return;
    }
    const prefix = m[1] ?? "";
    this.rowStart = `<${prefix}row`;
    this.rowEnd = `</${prefix}row>`;
    this.dataEnd = `</${prefix}sheetData>`;
    this.pending = this.pending.slice(m.index + m[0].length);
    this.state = m[2] ? "after" : "rows";
  }

  private scanRows(final: boolean): void {
    const close = this.pending.indexOf(this.dataEnd, this.from);
    if (close >= 0) {
      this.scanRegion(this.pending.slice(0, close));
      this.pending = this.pending.slice(close + this.dataEnd.length);
      this.state = "after";
      return;
    }
    if (
      !final &&
      this.pending.indexOf(this.rowStart, this.from) < 0 &&
      this.pending.indexOf(this.rowEnd, this.from) < 0
    ) {
      // Text that is not inside a row (whitespace, comments, padding) is dropped as it comes.
      // Dropped by the quarter megabyte: each piece joined to a longer text would copy it again.
      if (this.pending.length > 1 << 18 && this.pending.indexOf(this.rowStart) < 0)
        this.pending = this.pending.slice(-32);
      return;
    }
    // Rows do not nest: all before the last row's start tag (or after its end tag) is whole.
    const lastEnd = this.pending.lastIndexOf(this.rowEnd);
    const end = final
      ? this.pending.length
      : Math.max(
          this.pending.lastIndexOf(this.rowStart),
          lastEnd < 0 ? -1 : lastEnd + this.rowEnd.length
        );
    if (end <= 0) return;
    this.scanRegion(this.pending.slice(0, end));
    this.pending = this.pending.slice(end);
  }

  private scanMerges(final: boolean): void {
    const cut = final ? this.pending.length : this.pending.lastIndexOf(">") + 1;
    if (cut <= 0) return;
    const region = this.pending.slice(0, cut);
    this.pending = this.pending.slice(cut);
    if (!region.includes("mergeCell")) return;
    MERGE.lastIndex = 0;
    for (let m = MERGE.exec(region); m; m = MERGE.exec(region)) {
      const ref = attribute(m[1], "ref");
      if (ref) this.merges.push(ref);
    }
  }

  /**
   * Whole rows, scanned by hand from tag to tag: a regular expression per cell, the match
   * arrays and the attribute strings it makes cost most of a read and most of its garbage.
   * It takes a row's start tag and a whole cell (self-closed, or up to its `</c>`), each with
   * any namespace prefix; any other tag is passed over.
   */
  private scanRegion(region: string): void {
    const n = region.length;
    let i = region.indexOf("<");
    while (i >= 0) {
      if (!this.grid.open) return;
      // The element's name, its prefix skipped: up to a space, ">" or "/".
      let j = i + 1;
      let local = j;
      for (; j < n; j++) {
        const code = region.charCodeAt(j);
        if (code <= 32 || code === 62 || code === 47) break;
        if (code === 58) local = j + 1; // ":"
      }
      if (j - local === 1 && region.charCodeAt(local) === 99) {
        i = this.scanCell(region, j);
      } else if (j - local === 3 && region.startsWith("row", local)) {
        const gt = region.indexOf(">", j);
        if (gt < 0) return;
        const r = attribute(region.slice(j, gt), "r");
        this.row = r ? Number(r) : this.row + 1;
        this.column = 0;
        i = region.indexOf("<", gt + 1);
      } else i = region.indexOf("<", j);
    }
  }

  /** One cell whose name ends at `at`; returns where the next tag starts (or -1). */
  private scanCell(region: string, at: number): number {
    const gt = region.indexOf(">", at);
    if (gt < 0) return -1;
    const selfClosed = region.charCodeAt(gt - 1) === 47;
    const cell = cellAttributes(region, at, selfClosed ? gt - 1 : gt);
    let value: CellValue = "";
    let next = gt + 1;
    if (!selfClosed) {
      const start = gt + 1;
      // The usual cell, `<v>…</v></c>`, read in place.
      const lt = region.startsWith("<v>", start) ? region.indexOf("<", start + 3) : -1;
      if (lt >= 0 && region.startsWith("</v></c>", lt)) {
        value = this.rawValue(cell.type, region, start + 3, lt);
        next = lt + 8;
      } else {
        const close = cellEnd(region, start);
        // Not closed within the rows: not a cell (the scan goes on at the next tag).
        if (close < 0) return region.indexOf("<", start);
        value = this.valueOf(cell.type, region.slice(start, close));
        next = region.indexOf(">", close) + 1;
      }
    }
    this.column = cell.column > 0 ? cell.column : this.column + 1;
    if (this.row === 0) this.row = 1;
    const format = (cell.style >= 0 ? this.ctx.formats[cell.style] : undefined) ?? "General";
    this.grid.add(this.row, this.column, value, format);
    return region.indexOf("<", next);
  }

  /** A `<v>` value's text at region[from, to), by the cell's type. */
  private rawValue(type: string | undefined, region: string, from: number, to: number): CellValue {
    if (type === undefined || type === "n") {
      const n = digits(region, from, to);
      if (n >= 0) return n;
    } else if (type === "s") {
      const n = digits(region, from, to);
      if (n >= 0) return this.ctx.sharedStrings[n] ?? "";
    }
    return this.typed(type, region.slice(from, to));
  }

  private valueOf(type: string | undefined, inner: string): CellValue {
    if (type === "inlineStr") {
      const is = IS.exec(inner);
      if (is) return stringItemText(is[1]);
    }
    let raw: string | undefined;
    if (
      inner.startsWith("<v>") &&
      inner.endsWith("</v>") &&
      inner.indexOf("<", 3) === inner.length - 4
    )
      raw = inner.slice(3, -4);
    else raw = V.exec(inner)?.[1];
    if (raw === undefined) return HAS_FORMULA.test(inner) ? UNCALCULATED_FORMULA : "";
    return this.typed(type, raw);
  }

  /** A value's raw text, by the cell's type. */
  private typed(type: string | undefined, raw: string): CellValue {
    switch (type) {
      case "s":
        return this.ctx.sharedStrings[Number(raw)] ?? "";
      case "str":
      case "e":
      case "inlineStr":
        return decodeXmlText(raw);
      case "b":
        return raw === "1" || raw === "true";
      case "d": {
        // A date and time without a zone is Excel's wall time: read it as UTC, as the serial is.
        const t = Date.parse(/T[^zZ+-]*$/.test(raw) ? `${raw}Z` : raw);
        return Number.isNaN(t) ? decodeXmlText(raw) : dateToSerial(new Date(t), this.ctx.date1904);
      }
      default: {
        if (raw === "") return "";
        const n = Number(raw);
        return Number.isNaN(n) ? decodeXmlText(raw) : n;
      }
    }
  }
}

const scratch = { column: 0, style: -1, type: undefined as string | undefined };

/** The `t` values a sheet uses, so a cell's type is a constant rather than a new string. */
const TYPES = ["s", "n", "b", "e", "d", "str", "inlineStr"];

/**
 * A cell's `r`, `s` and `t` in one pass over its attribute text, region[from, to) (the hot
 * loop of a read). Other attributes are skipped.
 */
function cellAttributes(text: string, from: number, to: number): typeof scratch {
  scratch.column = 0;
  scratch.style = -1;
  scratch.type = undefined;
  let i = from;
  while (i < to) {
    while (i < to && text.charCodeAt(i) <= 32) i++;
    const nameStart = i;
    while (i < to && text.charCodeAt(i) !== 61 && text.charCodeAt(i) > 32) i++; // "="
    const nameEnd = i;
    while (i < to && text.charCodeAt(i) !== 34 && text.charCodeAt(i) !== 39) i++;
    if (i >= to) break;
    const quote = text.charCodeAt(i);
    const valueStart = ++i;
    while (i < to && text.charCodeAt(i) !== quote) i++;
    const valueEnd = i++;
    if (nameEnd - nameStart !== 1) continue;
    const name = text.charCodeAt(nameStart);
    if (name === 114)
      scratch.column = columnOf(text, valueStart, valueEnd); // r
    else if (name === 115) {
      // s
      const n = digits(text, valueStart, valueEnd);
      scratch.style = n >= 0 ? n : Number(text.slice(valueStart, valueEnd));
    } else if (name === 116) scratch.type = typeOf(text, valueStart, valueEnd); // t
  }
  return scratch;
}

function typeOf(text: string, from: number, to: number): string {
  for (const t of TYPES) if (t.length === to - from && text.startsWith(t, from)) return t;
  return text.slice(from, to);
}

/** The column (1-based) of a cell reference such as "AB12" at text[from, to). */
function columnOf(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) n = n * 26 + code - 64;
    else if (code >= 97 && code <= 122) n = n * 26 + code - 96;
    else if (code !== 36) break; // "$"
  }
  return n;
}

/**
 * The whole number written at text[from, to) when it is only ASCII digits (at most 15, so
 * exact), else -1: what `Number` gives for such text, without cutting a string out.
 */
function digits(text: string, from: number, to: number): number {
  if (to <= from || to - from > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Where a cell's content starting at `from` ends: the index of its end tag, `</c>` with any
 * prefix (text cannot hold a raw "<", so the first such tag is the cell's); -1 if none.
 */
function cellEnd(text: string, from: number): number {
  for (let k = text.indexOf("</", from); k >= 0; k = text.indexOf("</", k + 2)) {
    const gt = text.indexOf(">", k + 2);
    if (gt < 0) return -1;
    if (text.charCodeAt(gt - 1) !== 99) continue; // "c"
    if (gt - 1 === k + 2) return k;
    if (text.charCodeAt(gt - 2) === 58 && PREFIX.test(text.slice(k + 2, gt - 2))) return k;
  }
  return -1;
}

const PREFIX = /^[A-Za-z_][\w.-]*$/;
