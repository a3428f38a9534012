import type { CellValue } from "../sheets/rawSheet";
import type { TypedWorkbook } from "../sheets/rows";
import type { Finding, Severity } from "./finding";

export type TrackingKind = "fairs" | "exhibits" | "products";

export interface FindingSpec {
  severity: Severity;
  code: string;
  value: CellValue | undefined;
  params?: Finding["params"];
  suggestion?: Finding["suggestion"];
  /** Writing the suggestion into the cell is a fix the user may accept after a preview. */
  fixable?: boolean;
}

/**
 * A finding on the cell of `columnKey` in Excel row `row` of the sheet of `kind`. Undefined when
 * that sheet or column is missing: the reader has already reported the missing column once,
 * so the rules stay silent rather than point at a cell that does not exist.
 */
export function findingAt(
  typed: TypedWorkbook,
  kind: TrackingKind,
  row: number,
  columnKey: string,
  spec: FindingSpec
): Finding | undefined {
  const location = typed.locations[kind];
  const column = location?.columns[columnKey];
  if (!location || !column) return undefined;
  const finding: Finding = {
    severity: spec.severity,
    code: spec.code,
    sheet: location.sheet,
    sheetKind: kind,
    row,
    column,
    value: spec.value ?? null,
  };
  if (spec.params) finding.params = spec.params;
  if (spec.suggestion !== undefined) finding.suggestion = spec.suggestion;
  if (spec.fixable && spec.suggestion !== undefined) finding.fixable = true;
  return finding;
}
