import { ALL_SHEETS } from "../sheets/columns";
import type { TypedWorkbook } from "../sheets/rows";
import type { RowRef } from "./model";

export type RowKind = "fairs" | "exhibits" | "products" | "training" | "councils";

/** A row of a sheet kind as a figure names it: the sheet's name in the workbook and the row. */
export type RefOf = (kind: RowKind, row: number) => RowRef;

/** Names rows by the sheets the workbook has (the default name when a sheet was not found). */
export function refsOf(typed: Pick<TypedWorkbook, "locations">): RefOf {
  const names = new Map<RowKind, string>();
  for (const kind of ["fairs", "exhibits", "products", "training", "councils"] as const) {
    names.set(
      kind,
      typed.locations[kind]?.sheet ?? ALL_SHEETS.find((s) => s.kind === kind)?.defaultName ?? kind
    );
  }
  return (kind, row) => ({ sheet: names.get(kind) ?? kind, row });
}
