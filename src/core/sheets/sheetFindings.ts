import type { Finding, SheetKind } from "../rules/finding";
import { parseCellAddress } from "./address";
import type { SheetSpec } from "./columns";
import type { RawSheet } from "./rawSheet";

/**
 * Where sheet-level findings point. A missing sheet: A1 of a sheet under its default name
 * (there is no cell to point at; the name tells the user what to add). A sheet without a
 * readable header: the first cell of its used range. A missing column: column A of the header
 * row (the row the user must add the column to).
 */
export function sheetOrigin(sheet: RawSheet): { row: number; column: number } {
  return parseCellAddress(sheet.origin) ?? { row: 1, column: 1 };
}

export function missingSheet(spec: SheetSpec, severity: Finding["severity"]): Finding {
  return {
    severity,
    code: `${spec.kind}.sheet.missing`,
    sheet: spec.defaultName,
    sheetKind: spec.kind,
    row: 1,
    column: "A",
    value: null,
    params: { sheet: spec.defaultName },
  };
}

export function sheetLevel(
  kind: SheetKind,
  sheet: string,
  what: string,
  at: { row: number; column: string },
  params?: Finding["params"]
): Finding {
  return {
    severity: "error",
    code: `${kind}.sheet.${what}`,
    sheet,
    sheetKind: kind,
    row: at.row,
    column: at.column,
    value: null,
    ...(params ? { params } : {}),
  };
}
