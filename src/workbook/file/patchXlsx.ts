import ExcelJS from "exceljs";
import { parseCellAddress } from "../../core/sheets/address";
import type { CellValue, RawSheet } from "../../core/sheets/rawSheet";
import { SETTINGS_SHEET } from "./readXlsx";
import { xlsxCellOf } from "./rawToXlsx";
import { addXlsxSheet, toExcelValue, type XlsxSheet } from "./writeXlsx";

export interface XlsxPatch {
  /** The file as the user opened it. */
  original: Uint8Array;
  /** Each sheet's grid as opened, by name: only cells that differ from it are written. */
  opened: ReadonlyMap<string, RawSheet>;
  /** The grids now (fixes applied). */
  sheets: readonly RawSheet[];
  /** Sheets the original lacks (the template added them), written whole. */
  added: readonly XlsxSheet[];
  settingsJson?: string;
  date1904: boolean;
}

/**
 * The opened file with only the changed cells rewritten: its formulas, fills, merges, widths,
 * comments and dropdowns stay as they were (rebuilding from values would lose them all).
 */
export async function patchXlsx(patch: XlsxPatch): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  // exceljs' typings ask for a Node Buffer; it accepts any byte array at run time.
  await wb.xlsx.load(patch.original as unknown as ExcelJS.Buffer);
  for (const sheet of patch.sheets) {
    const ws = wb.getWorksheet(sheet.name);
    const before = patch.opened.get(sheet.name);
    if (ws && before) writeChanges(ws, before, sheet, patch.date1904);
  }
  for (const sheet of patch.added) if (!wb.getWorksheet(sheet.name)) addXlsxSheet(wb, sheet);
  if (patch.settingsJson !== undefined) {
    const ws =
      wb.getWorksheet(SETTINGS_SHEET) ?? wb.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
    ws.getCell("A1").value = patch.settingsJson;
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function writeChanges(ws: ExcelJS.Worksheet, before: RawSheet, now: RawSheet, date1904: boolean) {
  const { row: top, column: left } = parseCellAddress(now.origin) ?? { row: 1, column: 1 };
  const o = parseCellAddress(before.origin) ?? { row: 1, column: 1 };
  now.values.forEach((values, r) =>
    values.forEach((value, c) => {
      const row = top + r;
      const column = left + c;
      const old = before.values[row - o.row]?.[column - o.column];
      if (same(old, value)) return;
      const format = now.numberFormats?.[r]?.[c] ?? "General";
      // Setting the value keeps the cell's style (fill, font, number format).
      ws.getCell(row, column).value = toExcelValue(xlsxCellOf(value, format, date1904));
    })
  );
}

function same(a: CellValue | undefined, b: CellValue): boolean {
  const blank = (v: CellValue | undefined) => v === undefined || v === null || v === "";
  return blank(a) ? blank(b) : a === b;
}
