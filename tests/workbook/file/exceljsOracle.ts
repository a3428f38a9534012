/**
 * The exceljs-based reader this project used before the streaming one, kept only as the test
 * oracle: the streaming reader must give the grids it gave (values, formats, merges, dates).
 */
import ExcelJS from "exceljs";
import { columnLetter } from "../../../src/core/sheets/address";
import type { CellValue, RawSheet, RawWorkbook } from "../../../src/core/sheets/rawSheet";
import { dateToSerial } from "../../../src/workbook/file/excelDates";

function plainValue(value: ExcelJS.CellValue, date1904: boolean): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  // exceljs hands dates over as JS Dates; Excel (and so the core) speaks serials.
  if (value instanceof Date) return dateToSerial(value, date1904);
  if (typeof value === "object") {
    if ("error" in value) return String(value.error);
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      return result === undefined ? "" : plainValue(result as ExcelJS.CellValue, date1904);
    }
    if ("text" in value) return String((value as ExcelJS.CellHyperlinkValue).text ?? "");
  }
  return String(value);
}

interface ReadXlsxResult {
  workbook: RawWorkbook;
  /** The hidden settings sheet's cell A1 (JSON), when the file door wrote one. */
  settingsJson?: string;
}

const SETTINGS_SHEET = "_ocop_settings";

/**
 * Reads an .xlsx (Node Buffer or browser ArrayBuffer) into the grids the Excel door gives:
 * values as `Range.values` would report them (dates as serials, merged areas only in their
 * top-left cell, formula cells as their cached result) and number formats beside them.
 */
export async function readWithExceljs(data: ArrayBuffer | Uint8Array): Promise<ReadXlsxResult> {
  const book = new ExcelJS.Workbook();
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  // exceljs' typings ask for a Node Buffer; it accepts any byte array at run time.
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const date1904 = Boolean(book.properties?.date1904);
  const sheets: RawSheet[] = [];
  let settingsJson: string | undefined;
  book.eachSheet((ws) => {
    if (ws.name === SETTINGS_SHEET) {
      const v = ws.getCell("A1").value;
      if (typeof v === "string") settingsJson = v;
      return;
    }
    sheets.push(readSheet(ws, date1904));
  });
  return { workbook: { sheets, date1904 }, settingsJson };
}

function isSlave(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

/**
 * The last row and column holding a value. exceljs' `rowCount`/`columnCount` also count cells that
 * only carry formatting: one fill at H300000 would make a 300,000-row grid (about 100 MB).
 */
function valueExtent(ws: ExcelJS.Worksheet, date1904: boolean): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (isSlave(cell) || plainValue(cell.value, date1904) === "") return;
      rows = Math.max(rows, r);
      columns = Math.max(columns, c);
    });
  });
  return { rows, columns };
}

function readSheet(ws: ExcelJS.Worksheet, date1904: boolean): RawSheet {
  const { rows: rowCount, columns: columnCount } = valueExtent(ws, date1904);
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row = ws.getRow(r);
    const vals: CellValue[] = new Array(columnCount).fill("");
    const fmts: string[] = new Array(columnCount).fill("General");
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (c > columnCount) return;
      vals[c - 1] = isSlave(cell) ? "" : plainValue(cell.value, date1904);
      fmts[c - 1] = cell.numFmt || "General";
    });
    values.push(vals);
    numberFormats.push(fmts);
  }
  // The merged areas that start within the grid, as the sheet lists them.
  const merges = (ws.model.merges ?? []).filter((ref) => Number(/\d+/.exec(ref)?.[0]) <= rowCount);
  return { name: ws.name, origin: `${columnLetter(1)}1`, values, numberFormats, merges };
}
