import type { CellValue } from "../sheets/rawSheet";

export type Severity = "error" | "warning" | "info";

/** The sheet kinds of domain.md §2. */
export type SheetKind = "fairs" | "exhibits" | "products" | "lists";

/**
 * One thing wrong with one cell. Codes are stable API (CLI JSON, tests and dismissals depend on
 * them): `<sheetKind>.<column>.<what>`, e.g. `products.stars.scoreMismatch`.
 * The message is not stored here: doors render it from the catalogue (`messages.ts`) with `params`.
 */
export interface Finding {
  severity: Severity;
  code: string;
  /** Sheet name as in the workbook (or the default name when the sheet is missing). */
  sheet: string;
  sheetKind?: SheetKind;
  /** The column's key in its sheet's spec (`"stars"`), so a door can name the column. */
  columnKey?: string;
  /** Excel row number, 1-based, as the user sees it. */
  row: number;
  /** Column letter as the user sees it ("D"). */
  column: string;
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

/** Identity used for dismissals: the same rule on the same cell. */
export function findingKey(f: Pick<Finding, "code" | "sheet" | "row" | "column">): string {
  return `${f.code}|${f.sheet}|${f.column}${f.row}`;
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
