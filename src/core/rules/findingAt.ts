import type { FindingCode } from "../findings/codes";
import type { Finding, TrackingKind } from "../findings/finding";
import { raise, type ParamsOf } from "../findings/raise";
import type { CellValue } from "../sheets/rawSheet";
import type { ColumnKey, TypedWorkbook } from "../sheets/rows";

export type { TrackingKind };

/** What a rule says about a cell: the code (its severity and message are the registry's). */
export type RuleFinding<C extends FindingCode> = {
  code: C;
  value: CellValue | undefined;
  suggestion?: Finding["suggestion"];
  /** Writing the suggestion into the cell is a fix the user may accept after a preview. */
  fixable?: boolean;
} & ParamsOf<C>;

/**
 * A finding on the cell of `columnKey` in Excel row `row` of the sheet of `kind`. Undefined when
 * that sheet or column is missing: the reader has already reported the missing column once,
 * so the rules stay silent rather than point at a cell that does not exist.
 */
export function findingAt<K extends TrackingKind, C extends FindingCode>(
  typed: TypedWorkbook,
  kind: K,
  row: number,
  columnKey: ColumnKey<K>,
  spec: RuleFinding<C>
): Finding | undefined {
  const location = typed.locations[kind];
  const column = location?.rowColumns?.[row]?.[columnKey] ?? location?.columns[columnKey];
  if (!location || !column) return undefined;
  return raise(
    spec.code,
    { sheet: location.sheet, sheetKind: kind, row, column, columnKey },
    spec as Parameters<typeof raise>[2]
  );
}
