import type { CheckResult } from "../core/check";
import { renderMessage, type Lang } from "../core/findings";
import type { Finding, Severity } from "../core/findings/finding";
import { cellAddress } from "../core/sheets/address";
import type { CellValue } from "../core/sheets/rawSheet";

export interface CheckedFile {
  file: string;
  result: CheckResult;
  /** Sheet names in workbook order, to print sheets as the user sees their tabs. */
  sheetOrder: string[];
}

export interface JsonFinding {
  severity: Severity;
  code: string;
  sheet: string;
  row: number;
  column: string;
  address: string;
  value: CellValue;
  message: string;
  suggestion: string | number | null;
}

function jsonFinding(f: Finding, lang: Lang): JsonFinding {
  return {
    severity: f.severity,
    code: f.code,
    sheet: f.sheet,
    row: f.row,
    column: f.column,
    address: cellAddress(f.sheet, f.row, f.column),
    value: f.value === "" || f.value === undefined ? null : f.value,
    message: renderMessage(f, lang),
    suggestion: f.suggestion ?? null,
  };
}

/** The `--json` document: exactly files → findings + summary. */
export function toJson(files: readonly CheckedFile[], lang: Lang): string {
  return JSON.stringify({
    files: files.map(({ file, result }) => ({
      file,
      findings: result.findings.map((f) => jsonFinding(f, lang)),
      summary: { ...result.summary },
    })),
  });
}

const SEVERITY: Record<Lang, Record<Severity, string>> = {
  vi: { error: "lỗi", warning: "cảnh báo", info: "thông tin" },
  en: { error: "error", warning: "warning", info: "info" },
};

/** Counted nouns: Vietnamese has no plural; English adds -s, except "info" (uncountable). */
const PLURAL: Record<Lang, Record<Severity | "file", [one: string, many: string]>> = {
  vi: {
    error: ["lỗi", "lỗi"],
    warning: ["cảnh báo", "cảnh báo"],
    info: ["thông tin", "thông tin"],
    file: ["tệp", "tệp"],
  },
  en: {
    error: ["error", "errors"],
    warning: ["warning", "warnings"],
    info: ["info", "info"],
    file: ["file", "files"],
  },
};

function count(n: number, noun: Severity | "file", lang: Lang): string {
  return `${n} ${PLURAL[lang][noun][n === 1 ? 0 : 1]}`;
}

function summaryLine(summary: Record<Severity, number>, lang: Lang): string {
  return (["error", "warning", "info"] as const).map((s) => count(summary[s], s, lang)).join(", ");
}

function quote(value: string | number): string {
  return typeof value === "number" ? String(value) : `"${value}"`;
}

/** Findings grouped by file and sheet, one line each with its 'Sheet'!D7 address. */
export function toText(files: readonly CheckedFile[], lang: Lang): string {
  const lines: string[] = [];
  const total: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const suggest = lang === "vi" ? "gợi ý" : "suggestion";
  for (const { file, result, sheetOrder } of files) {
    lines.push(file);
    const bySheet = new Map<string, Finding[]>();
    for (const f of result.findings) {
      const group = bySheet.get(f.sheet);
      if (group) group.push(f);
      else bySheet.set(f.sheet, [f]);
    }
    // Sheets the file lacks come first (their findings say so), then the tabs in order.
    const rank = (name: string) => {
      const i = sheetOrder.indexOf(name);
      return i < 0 ? -1 : i;
    };
    const sheets = [...bySheet.keys()].sort((a, b) => rank(a) - rank(b));
    for (const sheet of sheets) {
      lines.push(`  ${sheet}`);
      for (const f of bySheet.get(sheet) ?? []) {
        const address = cellAddress(f.sheet, f.row, f.column);
        const message = renderMessage(f, lang);
        // Messages that already name the suggestion ("did you mean ...") need no hint.
        const hint =
          f.suggestion !== undefined && !message.includes(String(f.suggestion))
            ? ` (${suggest}: ${quote(f.suggestion)})`
            : "";
        lines.push(`    ${address}  ${SEVERITY[lang][f.severity]}  ${message}${hint}  [${f.code}]`);
      }
    }
    if (result.findings.length === 0)
      lines.push(lang === "vi" ? "  Không có lỗi." : "  No findings.");
    lines.push(`  ${summaryLine(result.summary, lang)}`);
    for (const k of ["error", "warning", "info"] as const) total[k] += result.summary[k];
  }
  const n = count(files.length, "file", lang);
  lines.push(
    lang === "vi"
      ? `Tổng cộng ${n}: ${summaryLine(total, lang)}.`
      : `Total, ${n}: ${summaryLine(total, lang)}.`
  );
  return lines.join("\n");
}
