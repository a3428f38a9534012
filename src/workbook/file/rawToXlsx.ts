import { parseCellAddress } from "../../core/sheets/address";
import {
  isExcelError,
  isUncalculatedFormula,
  type CellValue,
  type RawSheet,
  type RawWorkbook,
} from "../../core/sheets/rawSheet";
import { isDateFormat, serialToIso } from "../../core/sheets/excelDate";
import type { XlsxBook, XlsxCell, XlsxSheet } from "./writeXlsx";

export interface RawToXlsxOptions {
  /** Header rows per sheet name, frozen and bold in the file. */
  headerRows?: Record<string, number>;
}

/**
 * The grids a door reads (`RawWorkbook`) as a book `writeXlsx` writes, so that reading the file
 * back gives the same grids: a number under a date format becomes a real date, an error text
 * ("#REF!") a real error cell, and each column keeps the number format its cells carry.
 */
export function rawToXlsx(raw: RawWorkbook, options: RawToXlsxOptions = {}): XlsxBook {
  return {
    sheets: raw.sheets.map((sheet) => sheetOf(sheet, raw.date1904 ?? false, options)),
  };
}

function sheetOf(sheet: RawSheet, date1904: boolean, options: RawToXlsxOptions): XlsxSheet {
  const { row: top, column: left } = parseCellAddress(sheet.origin) ?? { row: 1, column: 1 };
  const rows: XlsxCell[][] = Array.from({ length: top - 1 }, () => []);
  sheet.values.forEach((values, r) => {
    const cells: XlsxCell[] = new Array<XlsxCell>(left - 1).fill("");
    values.forEach((value, c) =>
      cells.push(xlsxCellOf(value, sheet.numberFormats?.[r]?.[c] ?? "General", date1904))
    );
    rows.push(cells);
  });
  const columnFormats: Record<number, string> = {};
  for (const [column, format] of columnFormatsOf(sheet)) columnFormats[column + left] = format;
  return {
    name: sheet.name,
    rows,
    columnFormats,
    headerRows: options.headerRows?.[sheet.name],
  };
}

/** One grid value as the cell to write (a number under a date format is a date). */
export function xlsxCellOf(value: CellValue, format: string, date1904: boolean): XlsxCell {
  if (isExcelError(value)) return { error: value };
  // The reader's marker for a formula without a saved result is no text to write into a cell.
  if (isUncalculatedFormula(value)) return "";
  const day = typeof value === "number" && isDateFormat(format) ? serialToIso(value, date1904) : "";
  return day ? { date: day } : value;
}

/**
 * writeXlsx formats by column: each column takes the format most of its cells carry (ties to
 * the first seen); a column of General cells gets none.
 */
function columnFormatsOf(sheet: RawSheet): Map<number, string> {
  const tallies = new Map<number, Map<string, number>>();
  sheet.numberFormats?.forEach((formats) =>
    formats.forEach((format, c) => {
      if (!format || format === "General") return;
      const tally = tallies.get(c) ?? new Map<string, number>();
      tally.set(format, (tally.get(format) ?? 0) + 1);
      tallies.set(c, tally);
    })
  );
  const out = new Map<number, string>();
  for (const [column, tally] of tallies) {
    let best = "";
    let bestCount = 0;
    for (const [format, n] of tally) {
      if (n > bestCount) [best, bestCount] = [format, n];
    }
    out.set(column, best);
  }
  return out;
}
