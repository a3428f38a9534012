import type { CheckResult } from "../core/check";
import { renderMessage, type Lang } from "../core/findings";
import type { Finding, Severity } from "../core/findings/finding";
import { cellAddress } from "../core/sheets/address";
import type { CellValue } from "../core/sheets/rawSheet";
import { clippedFinding } from "./clip";
import { CLI_TEXT, type CliCatalogue } from "./messages";

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

export function jsonFinding(f: Finding, lang: Lang): JsonFinding {
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

/** The `--json` document: exactly files → findings + summary, every value whole. */
export function toJson(files: readonly CheckedFile[], lang: Lang): string {
  return [...jsonPieces(files, lang)].join("");
}

/** Findings per piece of the `--json` document (each a few hundred KB of text). */
const FINDINGS_PER_PIECE = 2000;

/**
 * The `--json` document in pieces of at most FINDINGS_PER_PIECE findings, so that a 50,000-row
 * check never holds its whole output, nor every finding's message, at once (issue 13: some
 * 20 MB of its peak, about 1.3× the sheet XML, went there). Each batch of findings is one `JSON.stringify` call (one per finding
 * costs four times as much). Pieces are cut between two findings: joined with "" or with line
 * breaks (as `io.out` prints them) they are the same JSON; a document of at most
 * FINDINGS_PER_PIECE findings is one piece, byte for byte `JSON.stringify` of the whole.
 */
export function* jsonPieces(files: readonly CheckedFile[], lang: Lang): Generator<string> {
  let piece = '{"files":[';
  let held = 0;
  for (let i = 0; i < files.length; i++) {
    const { file, result } = files[i];
    piece += `${i > 0 ? "," : ""}{"file":${JSON.stringify(file)},"findings":[`;
    const findings = result.findings;
    for (let from = 0; from < findings.length; from += FINDINGS_PER_PIECE) {
      if (held >= FINDINGS_PER_PIECE) {
        yield piece;
        piece = "";
        held = 0;
      }
      const batch = findings
        .slice(from, from + FINDINGS_PER_PIECE)
        .map((f) => jsonFinding(f, lang));
      // "[a,b]" without its brackets.
      piece += (from > 0 ? "," : "") + JSON.stringify(batch).slice(1, -1);
      held += batch.length;
    }
    piece += `],"summary":${JSON.stringify({ ...result.summary })}}`;
  }
  yield `${piece}]}`;
}

const SEVERITIES = ["error", "warning", "info"] as const;

function summaryLine(summary: Record<Severity, number>, t: CliCatalogue): string {
  return SEVERITIES.map((s) => t.count[s](summary[s])).join(", ");
}

function quote(value: string | number): string {
  return typeof value === "number" ? String(value) : `"${value}"`;
}

/** One finding on one line: address, severity, message (long values clipped), hint, code. */
function findingLine(finding: Finding, lang: Lang, t: CliCatalogue): string {
  const f = clippedFinding(finding);
  const address = cellAddress(f.sheet, f.row, f.column);
  const message = renderMessage(f, lang);
  // Messages that already name the suggestion ("did you mean ...") need no hint.
  const hint =
    f.suggestion !== undefined && !message.includes(String(f.suggestion))
      ? ` (${t.suggestion({ value: quote(f.suggestion) })})`
      : "";
  return `    ${address}  ${t.severity[f.severity]}  ${message}${hint}  [${f.code}]`;
}

/** Findings grouped by file and sheet, one line each with its 'Sheet'!D7 address. */
export function toText(files: readonly CheckedFile[], lang: Lang): string {
  const t = CLI_TEXT[lang];
  const lines: string[] = [];
  const total: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
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
      for (const f of bySheet.get(sheet) ?? []) lines.push(findingLine(f, lang, t));
    }
    if (result.findings.length === 0) lines.push(`  ${t.noFindings}`);
    lines.push(`  ${summaryLine(result.summary, t)}`);
    for (const k of SEVERITIES) total[k] += result.summary[k];
  }
  lines.push(t.total({ files: t.count.file(files.length), summary: summaryLine(total, t) }));
  return lines.join("\n");
}
