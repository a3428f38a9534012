import { renderMessage, type Lang } from "../../core/messages";
import type { Finding } from "../../core/rules/finding";
import type { CellValue } from "../../core/sheets/rawSheet";

/**
 * The findings as a table people open in Excel: CSV (UTF-8 with a BOM, so Excel reads the
 * diacritics) or .xlsx. A cell that begins with = + - @ would run as a formula when the file is
 * opened (CSV injection, OWASP): such text gets a leading apostrophe and stays text.
 */

const HEADERS: Record<Lang, string[]> = {
  vi: ["Sheet", "Ô", "Mức độ", "Mã lỗi", "Giá trị", "Nội dung", "Gợi ý sửa"],
  en: ["Sheet", "Cell", "Severity", "Code", "Value", "Message", "Suggestion"],
};

const SEVERITY: Record<Lang, Record<Finding["severity"], string>> = {
  vi: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
  en: { error: "Error", warning: "Warning", info: "Info" },
};

/** Text that a spreadsheet would read as a formula is prefixed with an apostrophe. */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function shown(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  return String(value);
}

/** One row per finding, every cell already neutralised; the first row is the header. */
export function findingsTable(findings: readonly Finding[], lang: Lang): string[][] {
  const rows = findings.map((f) =>
    [
      f.sheet,
      `${f.column}${f.row}`,
      SEVERITY[lang][f.severity],
      f.code,
      shown(f.value),
      renderMessage(f, lang),
      shown(f.suggestion),
    ].map(neutralise)
  );
  return [HEADERS[lang], ...rows];
}

function csvField(text: string): string {
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function findingsToCsv(findings: readonly Finding[], lang: Lang): string {
  return (
    "\uFEFF" +
    findingsTable(findings, lang)
      .map((row) => row.map(csvField).join(","))
      .join("\r\n") +
    "\r\n"
  );
}

/** The same table as an .xlsx (exceljs is loaded only now). Every cell is written as text. */
export async function findingsToXlsx(
  findings: readonly Finding[],
  lang: Lang
): Promise<Uint8Array> {
  const { writeXlsx } = await import("./writeXlsx");
  const table = findingsTable(findings, lang);
  return writeXlsx({
    sheets: [
      {
        name: lang === "vi" ? "Kết quả kiểm tra" : "Findings",
        rows: table,
        headerRows: 1,
        columnWidths: [22, 8, 10, 34, 28, 70, 28],
        columnFormats: { 5: "@", 7: "@" },
      },
    ],
  });
}
