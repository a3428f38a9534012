import { renderMessage, type Lang } from "../core/findings";
import type { Finding, Severity } from "../core/findings/finding";
import type { CellValue } from "../core/sheets/rawSheet";

/**
 * The findings as a table people open in Excel: CSV (UTF-8 with a BOM, so Excel reads the
 * diacritics) or .xlsx. In CSV a cell that begins with = + - @ would run as a formula when the
 * file is opened (CSV injection, OWASP), so such text gets a leading apostrophe; in .xlsx every
 * cell is written as a text cell, which Excel never runs, so the value stays exactly as read.
 */

/** The words of the table, from the caller's catalogue (the pane's, in its language). */
export interface ExportLabels {
  /** The .xlsx sheet's name. */
  sheetName: string;
  /** Sheet, cell, severity, code, value, message, suggestion. */
  headers: readonly [string, string, string, string, string, string, string];
  severity: Record<Severity, string>;
}

/** Text that a spreadsheet would read as a formula is prefixed with an apostrophe. */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function shown(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  return String(value);
}

/** One row per finding, as text; the first row is the header. */
export function findingsTable(
  findings: readonly Finding[],
  lang: Lang,
  labels: ExportLabels
): string[][] {
  const rows = findings.map((f) => [
    f.sheet,
    `${f.column}${f.row}`,
    labels.severity[f.severity],
    f.code,
    shown(f.value),
    renderMessage(f, lang),
    shown(f.suggestion),
  ]);
  return [[...labels.headers], ...rows];
}

function csvField(text: string): string {
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function findingsToCsv(
  findings: readonly Finding[],
  lang: Lang,
  labels: ExportLabels
): string {
  return (
    "\uFEFF" +
    findingsTable(findings, lang, labels)
      .map((row) => row.map((cell) => csvField(neutralise(cell))).join(","))
      .join("\r\n") +
    "\r\n"
  );
}

/** The same table as an .xlsx (exceljs is loaded only now), every cell a text cell. */
export async function findingsToXlsx(
  findings: readonly Finding[],
  lang: Lang,
  labels: ExportLabels
): Promise<Uint8Array> {
  const { writeXlsx } = await import("./file/writeXlsx");
  const table = findingsTable(findings, lang, labels);
  const widths = [22, 8, 10, 34, 28, 70, 28];
  return writeXlsx({
    sheets: [
      {
        name: labels.sheetName,
        rows: table,
        headerRows: 1,
        columnWidths: widths,
        // "@": text, so Excel keeps "-5" or "=A1" as typed even when the cell is edited later.
        columnFormats: Object.fromEntries(widths.map((_, i) => [i + 1, "@"])),
      },
    ],
  });
}
