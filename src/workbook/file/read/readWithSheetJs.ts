import type { CellObject, WorkBook, WorkSheet } from "@e965/xlsx";
import { UNCALCULATED_FORMULA, type CellValue, type RawSheet } from "../../../core/sheets/rawSheet";
import type { ReadLimits } from "./readLimits";
import type { ReadNote } from "../../../core/sheets/readNote";
import { UnreadableWorkbookError } from "./readProblem";
import { SETTINGS_SHEET, type ReadXlsxResult, type WorkbookFormat } from "./readResult";
import { SheetGrid, type SheetFilter } from "./sheetGrid";

// MS-XLS 2.5.97.2 BErr: the error codes a BIFF cell stores, as Excel shows them.
const ERRORS: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

/**
 * .xls (BIFF8), .xlsb and .ods through SheetJS (@e965/xlsx republishes its current builds; the
 * `xlsx` 0.18.5 on npm is stale and carries advisories). It is imported only when such a file is
 * opened, so the pane's first load does not carry it. Its sheets are walked by the cells they
 * hold, never by their bounding box, into the same grids as an .xlsx.
 */
export async function readWithSheetJs(
  bytes: Uint8Array,
  format: Exclude<WorkbookFormat, "xlsx">,
  limits: ReadLimits,
  keep?: SheetFilter
): Promise<ReadXlsxResult> {
  const XLSX = await import("@e965/xlsx");
  let book: WorkBook;
  try {
    book = XLSX.read(bytes, { type: "array", cellNF: true, cellDates: false, dense: false });
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    if (/password|encrypt/i.test(text)) throw new UnreadableWorkbookError("encrypted");
    throw new UnreadableWorkbookError("damaged", {}, text);
  }
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  const sheets: RawSheet[] = [];
  const notes: ReadNote[] = [];
  let settingsJson: string | undefined;
  for (const name of book.SheetNames) {
    const ws = book.Sheets[name];
    if (!ws || ws["!type"] === "chart") continue;
    const grid = new SheetGrid(name, limits, keep);
    fill(grid, ws, XLSX.utils.decode_cell);
    if (grid.skipped) continue;
    for (const m of ws["!merges"] ?? []) grid.merge(XLSX.utils.encode_range(m));
    const sheet = grid.finish();
    if (grid.skipped) continue;
    if (name === SETTINGS_SHEET) {
      const a1 = sheet.values[0]?.[0];
      if (typeof a1 === "string") settingsJson = a1;
      continue;
    }
    sheets.push(sheet);
    notes.push(...grid.notes);
  }
  return {
    workbook: { sheets, date1904, ...(notes.length > 0 ? { notes } : {}) },
    settingsJson,
    notes,
    format,
  };
}

/** The sheet's cells in row order, from its keys: as many steps as cells, not as the box. */
function fill(
  grid: SheetGrid,
  ws: WorkSheet,
  decode: (address: string) => { r: number; c: number }
): void {
  const cells: { r: number; c: number; cell: CellObject }[] = [];
  for (const key of Object.keys(ws)) {
    if (key[0] === "!") continue;
    const { r, c } = decode(key);
    cells.push({ r, c, cell: ws[key] as CellObject });
  }
  cells.sort((a, b) => a.r - b.r || a.c - b.c);
  for (const { r, c, cell } of cells) {
    if (!grid.open) return;
    grid.add(r + 1, c + 1, valueOf(cell), typeof cell.z === "string" ? cell.z : "General");
  }
}

function valueOf(cell: CellObject): CellValue {
  if (cell.v === undefined || cell.v === null) return cell.f ? UNCALCULATED_FORMULA : "";
  switch (cell.t) {
    case "n":
    case "s":
    case "b":
      return cell.v as CellValue;
    case "e":
      return ERRORS[cell.v as number] ?? cell.w ?? "#VALUE!";
    case "d":
      return cell.w ?? String(cell.v);
    default:
      return "";
  }
}
