import ExcelJS from "exceljs";
import type { CellValue } from "../../core/sheets/rawSheet";
import { SETTINGS_SHEET } from "./readXlsx";

/** A cell to write: a plain value, a calendar date (ISO), or a formula error as Excel shows it. */
export type XlsxCell = CellValue | { date: string } | { error: string };

export interface XlsxListValidation {
  /** Range within the sheet, e.g. "D2:D1000". */
  range: string;
  /** List source formula, e.g. "'Danh mục'!$A$2:$A$40". */
  source: string;
  prompt?: string;
}

export interface XlsxSheet {
  name: string;
  rows: XlsxCell[][];
  /** Number format per column (1-based index), e.g. { 4: "dd/mm/yyyy" }. */
  columnFormats?: Record<number, string>;
  /** Width per column in characters, in column order. */
  columnWidths?: number[];
  /** Header rows to freeze and bold. */
  headerRows?: number;
  validations?: XlsxListValidation[];
  /** Merged areas, e.g. "A1:A2" (a two-row header). */
  merges?: string[];
  state?: "visible" | "hidden" | "veryHidden";
}

export interface XlsxBook {
  sheets: XlsxSheet[];
  /** Settings JSON kept in a very hidden sheet (the file door's `workbook.settings`). */
  settingsJson?: string;
}

interface DataValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

export function toExcelValue(cell: XlsxCell): ExcelJS.CellValue {
  if (cell === null || cell === "") return null;
  if (typeof cell === "object") {
    if ("date" in cell) {
      const [y, m, d] = cell.date.split("-").map(Number);
      return new Date(Date.UTC(y, m - 1, d));
    }
    return { error: cell.error } as ExcelJS.CellErrorValue;
  }
  return cell;
}

/** Writes a workbook to .xlsx bytes (Node and browser). Dates are written as real dates. */
export async function writeXlsx(book: XlsxBook): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "OCOP sheet checker";
  // A fixed timestamp: the same input gives the same bytes' worth of content.
  wb.created = new Date(Date.UTC(2024, 0, 1));
  wb.modified = wb.created;
  for (const sheet of book.sheets) addXlsxSheet(wb, sheet);
  if (book.settingsJson !== undefined) {
    const ws = wb.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
    ws.getCell("A1").value = book.settingsJson;
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** Adds one sheet to an exceljs workbook (the file door also adds template sheets to an opened file). */
export function addXlsxSheet(wb: ExcelJS.Workbook, sheet: XlsxSheet): void {
  const ws = wb.addWorksheet(sheet.name, { state: sheet.state ?? "visible" });
  sheet.columnWidths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const [c, fmt] of Object.entries(sheet.columnFormats ?? {}))
    ws.getColumn(Number(c)).numFmt = fmt;
  sheet.rows.forEach((row, r) => {
    const target = ws.getRow(r + 1);
    row.forEach((cell, c) => {
      const value = toExcelValue(cell);
      if (value !== null) target.getCell(c + 1).value = value;
      const fmt = sheet.columnFormats?.[c + 1];
      if (fmt && r >= (sheet.headerRows ?? 0)) target.getCell(c + 1).numFmt = fmt;
    });
  });
  for (const ref of sheet.merges ?? []) ws.mergeCells(ref);
  const headerRows = sheet.headerRows ?? 0;
  if (headerRows > 0) {
    ws.views = [{ state: "frozen", ySplit: headerRows }];
    for (let r = 1; r <= headerRows; r++) ws.getRow(r).font = { bold: true };
  }
  // exceljs has range validations at run time but not in its typings.
  const validations = (ws as unknown as { dataValidations: DataValidations }).dataValidations;
  for (const v of sheet.validations ?? []) {
    validations.add(v.range, {
      type: "list",
      allowBlank: true,
      formulae: [v.source],
      showErrorMessage: true,
      errorStyle: "warning",
      showInputMessage: Boolean(v.prompt),
      prompt: v.prompt,
    });
  }
}
