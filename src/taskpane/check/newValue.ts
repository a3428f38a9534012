import type { CellValue } from "../../core/sheets/rawSheet";
import type { CellFix } from "../../workbook/port";
import type { Finding } from "../../core/findings/finding";

/**
 * What a typed value becomes in the cell: a number where the cell held a number and the text
 * reads as one (Vietnamese "4,5" or "4.5"), else the text as typed, trimmed at its ends.
 */
export function typedValue(text: string, old: CellValue): string | number {
  const trimmed = text.trim();
  if (typeof old === "number" && /^-?\d+([.,]\d+)?$/.test(trimmed))
    return Number(trimmed.replace(",", "."));
  return trimmed;
}

/** The fix that writes `text` into the finding's cell, or none when it would change nothing. */
export function newValueFix(finding: Finding, text: string): CellFix | undefined {
  const newValue = typedValue(text, finding.value);
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
