import type { Finding, Severity, TrackingKind } from "../findings/finding";
import { raise } from "../findings/raise";
import { parseCellAddress } from "./address";
import type { SheetSpec } from "./columns";
import type { RawSheet } from "./rawSheet";
import { SHEET_CODES } from "./readerCodes";

/**
 * Where sheet-level findings point. A missing sheet: A1 of a sheet under its default name
 * (there is no cell to point at; the name tells the user what to add). A sheet without a
 * readable header: the first cell of its used range. A missing column: column A of the header
 * row (the row the user must add the column to). None names a column key: no cell holds one.
 */
export function sheetOrigin(sheet: RawSheet): { row: number; column: number } {
  return parseCellAddress(sheet.origin) ?? { row: 1, column: 1 };
}

export function missingSheet(
  spec: SheetSpec<TrackingKind>,
  severity: Severity,
  productsOnly = false
): Finding {
  return raise(
    SHEET_CODES[spec.kind].missing,
    { sheet: spec.defaultName, sheetKind: spec.kind, row: 1, column: "A" },
    { severity, params: { sheet: spec.defaultName, ...(productsOnly ? { productsOnly: 1 } : {}) } }
  );
}

export function noHeader(
  kind: TrackingKind,
  sheet: string,
  at: { row: number; column: string }
): Finding {
  return raise(SHEET_CODES[kind].noHeader, { sheet, sheetKind: kind, ...at }, {});
}

export function missingColumn(
  kind: TrackingKind,
  sheet: string,
  at: { row: number; column: string },
  params: { header: string; key: string }
): Finding {
  return raise(SHEET_CODES[kind].missingColumn, { sheet, sheetKind: kind, ...at }, { params });
}
