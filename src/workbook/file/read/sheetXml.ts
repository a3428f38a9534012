import { UNCALCULATED_FORMULA, type CellValue } from "../../../core/sheets/rawSheet";
import { dateToSerial } from "../excelDates";
import type { SheetGrid } from "./sheetGrid";
import { UnreadableWorkbookError } from "./readProblem";
import { attribute, decodeXmlText, stringItemText } from "./xmlText";

/** A row (or the text before `<sheetData>`) longer than this is not a worksheet. */
const MAX_PENDING = 32 * 2 ** 20;

const SHEET_DATA = /<([A-Za-z_][\w.-]*:)?sheetData\b[^>]*?(\/?)>/;
// A row's start tag, or a whole cell (self-closed, or up to its end tag: `</c>` cannot occur
// inside, since text cannot hold a raw `<`).
const TOKEN =
  /<(?:[A-Za-z_][\w.-]*:)?(?:row\b([^>]*)>|c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[A-Za-z_][\w.-]*:)?c>))/g;
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
 * inline strings, merges) with regular expressions over whole rows: several times faster than
 * a general XML parser, and nothing but the current rows is held.
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

  private scanRegion(region: string): void {
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(region); m; m = TOKEN.exec(region)) {
      if (!this.grid.open) return;
      if (m[1] !== undefined) {
        const r = attribute(m[1], "r");
        this.row = r ? Number(r) : this.row + 1;
        this.column = 0;
        continue;
      }
      const cell = cellAttributes(m[2]);
      this.column = cell.column > 0 ? cell.column : this.column + 1;
      if (this.row === 0) this.row = 1;
      const format = (cell.style >= 0 ? this.ctx.formats[cell.style] : undefined) ?? "General";
      const inner = m[3];
      const value = inner === undefined ? "" : this.valueOf(cell.type, inner);
      this.grid.add(this.row, this.column, value, format);
    }
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

/**
 * A cell's `r`, `s` and `t` in one pass over its attribute text (the hot loop of a read: a
 * general attribute lookup per name costs a third of the scan). Other attributes are skipped.
 */
function cellAttributes(attrs: string): typeof scratch {
  scratch.column = 0;
  scratch.style = -1;
  scratch.type = undefined;
  const n = attrs.length;
  let i = 0;
  while (i < n) {
    while (i < n && attrs.charCodeAt(i) <= 32) i++;
    const nameStart = i;
    while (i < n && attrs.charCodeAt(i) !== 61 && attrs.charCodeAt(i) > 32) i++; // "="
    const nameEnd = i;
    while (i < n && attrs.charCodeAt(i) !== 34 && attrs.charCodeAt(i) !== 39) i++;
    if (i >= n) break;
    const quote = attrs.charCodeAt(i);
    const valueStart = ++i;
    while (i < n && attrs.charCodeAt(i) !== quote) i++;
    const valueEnd = i++;
    if (nameEnd - nameStart !== 1) continue;
    const name = attrs.charCodeAt(nameStart);
    if (name === 114)
      scratch.column = columnOf(attrs.slice(valueStart, valueEnd)); // r
    else if (name === 115)
      scratch.style = Number(attrs.slice(valueStart, valueEnd)); // s
    else if (name === 116) scratch.type = attrs.slice(valueStart, valueEnd); // t
  }
  return scratch;
}

/** The column (1-based) of a cell reference such as "AB12". */
function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) n = n * 26 + code - 64;
    else if (code >= 97 && code <= 122) n = n * 26 + code - 96;
    else if (code !== 36) break; // "$"
  }
  return n;
}
