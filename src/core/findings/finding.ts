import type { CellValue } from "../sheets/rawSheet";
import type { FindingCode } from "./codes";

export type Severity = "error" | "warning" | "info";

/** The sheet kinds of domain.md §2, and the two optional activity sheets (issue 11). */
export type SheetKind = "fairs" | "exhibits" | "products" | "lists" | ActivityKind;

/** The optional sheets of the Sở's own work: training classes and evaluation councils. */
export type ActivityKind = "training" | "councils";

/** The three sheets that hold records (the lists sheet only feeds names). */
export type TrackingKind = Exclude<SheetKind, "lists" | ActivityKind>;

/** Every sheet whose rows are records read cell by cell. */
export type RecordKind = TrackingKind | ActivityKind;

/**
 * One thing wrong with one cell. Codes are stable API (CLI JSON, tests and dismissals depend on
 * them): `<sheetKind>.<column>.<what>`, e.g. `products.stars.scoreMismatch`, each declared once in
 * the registry (`codes.ts`). The message is not stored here: doors render it with `renderMessage`.
 */
export interface Finding {
  severity: Severity;
  code: FindingCode;
  /** Sheet name as in the workbook (or the default name when the sheet is missing). */
  sheet: string;
  sheetKind?: SheetKind;
  /** Excel row number, 1-based, as the user sees it. */
  row: number;
  /** Column letter as the user sees it ("D"). */
  column: string;
  /**
   * The key of the column the cell belongs to ("stars", "district"), so a door need not parse
   * the code. Absent for sheet-level findings (a missing sheet, header or column).
   */
  columnKey?: string;
  /** The cell's value as read. */
  value: CellValue;
  /** Values the message template needs (names, dates, limits). Plain data only. */
  params?: Record<string, string | number>;
  /** A suggested replacement value, shown to the user. */
  suggestion?: string | number;
  /** True when writing `suggestion` into the cell is a safe one-click fix (encoding, spaces, name). */
  fixable?: boolean;
}

/** A cell position any door can point at. */
export interface CellRef {
  sheet: string;
  row: number;
  column: string;
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Deterministic order: sheet, row, column, severity, code. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
  if (a.row !== b.row) return a.row - b.row;
  if (a.column.length !== b.column.length) return a.column.length - b.column.length;
  if (a.column !== b.column) return a.column < b.column ? -1 : 1;
  if (a.severity !== b.severity) return severityOrder[a.severity] - severityOrder[b.severity];
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

export function summarize(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}
