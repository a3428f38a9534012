import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isExcelError, type RawWorkbook } from "../../src/core/sheets/rawSheet";
import { writeXlsx, type XlsxBook, type XlsxCell } from "../../src/workbook/file/writeXlsx";

/**
 * The .xlsx twin of a raw workbook: error texts become error cells; a column's number format is
 * the first non-General format found below the first row (enough for the builders' grids).
 */
export function toXlsxBook(raw: RawWorkbook, settingsJson?: string): XlsxBook {
  return {
    settingsJson,
    sheets: raw.sheets.map((sheet) => {
      const columnFormats: Record<number, string> = {};
      sheet.numberFormats?.forEach((row) =>
        row.forEach((fmt, c) => {
          if (fmt !== "General" && !columnFormats[c + 1]) columnFormats[c + 1] = fmt;
        })
      );
      const headerRows = firstDataRow(raw, sheet.name);
      return {
        name: sheet.name,
        rows: sheet.values.map((row) =>
          row.map((v): XlsxCell => (isExcelError(v) ? { error: v } : v))
        ),
        columnFormats,
        headerRows,
      };
    }),
  };
}

/** Rows before the first row that carries a number format (headers are never formatted). */
function firstDataRow(raw: RawWorkbook, name: string): number {
  const sheet = raw.sheets.find((s) => s.name === name);
  const idx = sheet?.numberFormats?.findIndex((row) => row.some((f) => f !== "General")) ?? -1;
  return idx < 0 ? 0 : idx;
}

export function aTempDir(prefix = "ocop-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes the raw workbook as an .xlsx file in `dir` and returns its path. */
export async function writeWorkbookFile(
  dir: string,
  fileName: string,
  raw: RawWorkbook,
  settingsJson?: string
): Promise<string> {
  const path = join(dir, fileName);
  writeFileSync(path, await writeXlsx(toXlsxBook(raw, settingsJson)));
  return path;
}
