import type { Finding } from "../findings/finding";
import { raise } from "../findings/raise";
import { fold } from "../text/fold";
import { columnLetter } from "./address";
import { isBlank } from "./cellText";
import type { ColumnSpec, SheetSpec } from "./columns";
import { columnReader, DATED_TYPES, type ReadContext } from "./columnReader";
import type { HeaderMatch } from "./findHeader";
import { isExcelError, isUncalculatedFormula, type CellValue, type RawSheet } from "./rawSheet";
import { sheetOrigin } from "./sheetFindings";
import { columnCode } from "./readerCodes";
import type { SheetIssue } from "./sheetIssue";

export type TypedCells = { row: number } & Record<string, string | number | undefined>;

export interface SheetRows {
  rows: TypedCells[];
  findings: Finding[];
  /** Column key -> column letter as the user sees it. */
  letters: Record<string, string>;
  headerRow: number;
  /** Per Excel row, the columns read elsewhere than `letters` says (rowColumns below). */
  rowLetters?: Record<number, Record<string, string>>;
}

/**
 * Where a row holds some of its columns when that differs from the header's map (the history
 * layout reads each row's latest recognition round): column key -> 0-based grid index.
 */
export type RowColumns = (gridRow: number, cells: CellValue[]) => Map<string, number> | undefined;

interface Column {
  spec: ColumnSpec;
  index: number;
  letter: string;
  read: ReturnType<typeof columnReader>;
  /** Judged at the row's date (a province, a unit). */
  dated: boolean;
}

// Read dates before the columns judged at them (a fair's province on its start date),
// and the fair code an exhibit's date is found by.
const ORDER: Partial<Record<ColumnSpec["type"], number>> = { date: 0, code: 0 };

function isBlankRow(cells: CellValue[]): boolean {
  for (let i = 0; i < cells.length; i++) if (!isBlank(cells[i])) return false;
  return true;
}

/**
 * A totals line under the table ("Tổng cộng", "Tổng số: 26 sản phẩm", "Cộng") is not a record.
 * Only the first filled cell is looked at, and only folded when it could start such a word.
 */
function isTotalsRow(cells: CellValue[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    if (isBlank(v)) continue;
    if (typeof v !== "string" || !/^\s*[TtCc]/.test(v)) return false;
    const f = fold(v);
    return f === "cong" || f.startsWith("tong cong") || f.startsWith("tong so") || f === "tong";
  }
  return false;
}

/** Vietnamese forms often number their columns under the header: (1) (2) (3) ... */
export function isColumnNumbering(row: CellValue[]): boolean {
  let last = 0;
  let seen = 0;
  for (const v of row) {
    if (isBlank(v)) continue;
    const m = /^\(?(\d{1,2})\)?$/.exec(String(v).trim());
    if (!m || Number(m[1]) <= last) return false;
    last = Number(m[1]);
    seen++;
  }
  return seen >= 3;
}

/** The data rows under a header: typed cells and the reading findings, each at its cell. */
export function readSheetRows(
  sheet: RawSheet,
  spec: SheetSpec,
  header: HeaderMatch,
  ctx: ReadContext,
  rowColumns?: RowColumns
): SheetRows {
  const origin = sheetOrigin(sheet);
  const columns: Column[] = [];
  for (const col of spec.columns) {
    const index = header.columns.get(col.key);
    if (index === undefined) continue;
    columns.push({
      spec: col,
      index,
      letter: columnLetter(origin.column + index),
      read: columnReader(col, ctx),
      dated: DATED_TYPES.has(col.type),
    });
  }
  columns.sort((a, b) => (ORDER[a.spec.type] ?? 1) - (ORDER[b.spec.type] ?? 1));
  const letters: Record<string, string> = {};
  for (const c of [...columns].sort((a, b) => a.index - b.index)) letters[c.spec.key] = c.letter;
  const starsColumn = columns.find((c) => c.spec.required === "whenOcop");
  const dateKey =
    spec.kind === "fairs"
      ? "startDate"
      : spec.kind === "products"
        ? "decisionDate"
        : spec.kind === "exhibits"
          ? undefined
          : "date";

  const rows: TypedCells[] = [];
  const findings: Finding[] = [];
  const rowLetters: Record<number, Record<string, string>> = {};
  const headerRow = origin.row + header.headerIndex;
  let first = header.headerIndex + 1;
  if (first < sheet.values.length && isColumnNumbering(sheet.values[first])) first++;

  const kind = spec.kind;
  if (kind === "lists") throw new Error("The lists sheet is read by listUnits, not as rows");
  const at = (row: number, c: Column, value: CellValue, issue: SheetIssue) => {
    const code = columnCode(kind, c.spec.key, issue.what);
    // The table lists every problem a column can have; a gap is a bug to see, not to hide.
    if (!code) throw new Error(`No finding code for ${kind}.${c.spec.key} ${issue.what}`);
    const place = { sheet: sheet.name, sheetKind: kind, row, column: c.letter };
    findings.push(raise(code, { ...place, columnKey: c.spec.key }, { ...issue, value }));
  };

  for (let r = first; r < sheet.values.length; r++) {
    const cells = sheet.values[r];
    if (!cells || isBlankRow(cells) || isTotalsRow(cells)) continue;
    const formats = sheet.numberFormats?.[r];
    const row = origin.row + r;
    const typed: TypedCells = { row };
    const moved = rowColumns?.(r, cells);
    for (const base of columns) {
      const index = moved?.get(base.spec.key);
      const c =
        index === undefined || index === base.index
          ? base
          : { ...base, index, letter: columnLetter(origin.column + index) };
      if (c !== base) (rowLetters[row] ??= {})[c.spec.key] = c.letter;
      const cell = cells[c.index] ?? "";
      if (isBlank(cell)) {
        if (c.spec.required === true) at(row, c, cell, { what: "required" });
        continue;
      }
      if (isUncalculatedFormula(cell)) {
        // The reader's marker is no value the user typed or Excel shows: the finding carries none.
        at(row, c, null, { what: "uncalculated" });
        continue;
      }
      if (isExcelError(cell)) {
        at(row, c, cell, { what: "formulaError", params: { error: cell } });
        continue;
      }
      // A province is judged on the fair's start date (else its end date; undated, it is only
      // checked to exist); a unit's type on the decision date when there is one.
      // An exhibit's unit on its fair's start date.
      const rowDate = !c.dated
        ? undefined
        : dateKey
          ? ((typed[dateKey] as string | undefined) ?? (typed.endDate as string | undefined))
          : typeof typed.fairCode === "string"
            ? ctx.exhibitDate?.(typed.fairCode)
            : undefined;
      const outcome = c.read(cell, formats?.[c.index], rowDate);
      if (outcome.value !== undefined) typed[c.spec.key] = outcome.value;
      if (outcome.issues) for (const issue of outcome.issues) at(row, c, cell, issue);
    }
    if (starsColumn && typed.category === "OCOP" && isBlank(cells[starsColumn.index] ?? "")) {
      at(row, starsColumn, cells[starsColumn.index] ?? "", { what: "required" });
    }
    rows.push(typed);
  }
  return rowColumns
    ? { rows, findings, letters, headerRow, rowLetters }
    : { rows, findings, letters, headerRow };
}
