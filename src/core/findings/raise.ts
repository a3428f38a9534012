import type { CellValue } from "../sheets/rawSheet";
import { FINDINGS, type FindingCode, type FindingParams } from "./codes";
import type { Finding, Severity, SheetKind } from "./finding";

/** Where a finding points: the sheet, the cell, and the column's key when there is a column. */
export interface FindingPlace {
  sheet: string;
  sheetKind?: SheetKind;
  row: number;
  column: string;
  columnKey?: string;
}

/** The rest of a finding: the cell's value, what to suggest, and (rarely) a graver severity. */
export interface FindingDetails {
  value?: CellValue;
  params?: Record<string, string | number>;
  suggestion?: string | number;
  /** Writing `suggestion` into the cell is a fix the user may accept after a preview. */
  fixable?: boolean;
  /** Only where the registry says a code's severity depends on the workbook. */
  severity?: Severity;
}

/** A code's params as a raiser must pass them: required when its message reads any. */
export type ParamsOf<C extends FindingCode> = [FindingParams<C>] extends [void]
  ? { params?: undefined }
  : { params: FindingParams<C> };

/**
 * A finding of `code` at `place`, its severity from the registry. Fields left undefined are not
 * set, so findings compare and serialise the same whoever raised them.
 */
export function raise(code: FindingCode, place: FindingPlace, details: FindingDetails): Finding {
  const finding: Finding = {
    severity: details.severity ?? FINDINGS[code].severity,
    code,
    sheet: place.sheet,
    ...(place.sheetKind ? { sheetKind: place.sheetKind } : {}),
    row: place.row,
    column: place.column,
    ...(place.columnKey ? { columnKey: place.columnKey } : {}),
    value: details.value ?? null,
  };
  if (details.params) finding.params = details.params;
  if (details.suggestion !== undefined) finding.suggestion = details.suggestion;
  if (details.fixable && details.suggestion !== undefined) finding.fixable = true;
  return finding;
}
