import type { CellValue } from "../../core/sheets/rawSheet";
import { ALL_SHEETS, type ColumnType } from "../../core/sheets/columns";
import type { CellFix } from "../../workbook/port";
import type { Finding } from "../../core/findings/finding";

/** Columns whose cells hold numbers: a count, a score, a star rank. */
const NUMERIC: ReadonlySet<ColumnType> = new Set(["integer", "number", "stars"]);

/**
 * What a typed value becomes in the cell: a number where the text reads as one (Vietnamese
 * "4,5" or "4.5") and the cell held a number or belongs to a number column (a count typed as
 * "mười" and retyped "10" must not stay text, which Excel's SUM skips); else the text as typed,
 * trimmed at its ends.
 */
export function typedValue(text: string, old: CellValue, numericColumn = false): string | number {
  const trimmed = text.trim();
  if ((typeof old === "number" || numericColumn) && /^-?\d+([.,]\d+)?$/.test(trimmed))
    return Number(trimmed.replace(",", "."));
  return trimmed;
}

/** Whether the finding's column holds numbers, from its sheet kind and column key. */
function inNumericColumn(f: Pick<Finding, "sheetKind" | "columnKey">): boolean {
  const spec = ALL_SHEETS.find((s) => s.kind === f.sheetKind);
  const type = spec?.columns.find((c) => c.key === f.columnKey)?.type;
  return type !== undefined && NUMERIC.has(type);
}

/** The fix that writes `text` into the finding's cell, or none when it would change nothing. */
export function newValueFix(finding: Finding, text: string): CellFix | undefined {
  const newValue = typedValue(text, finding.value, inNumericColumn(finding));
  const old = finding.value ?? "";
  if (newValue === old) return undefined;
  return {
    sheet: finding.sheet,
    row: finding.row,
    column: finding.column,
    oldValue: finding.value,
    newValue,
  };
}

/** A value can be typed where the finding points at one cell. */
export function canType(finding: Finding): boolean {
  return finding.row >= 1 && /^[A-Z]{1,3}$/.test(finding.column);
}
