import type { TrackingKind } from "../findings/finding";
import { columnIndex } from "../sheets/address";
import { isBlank } from "../sheets/cellText";
import { LISTS, TRACKING_SHEETS, type SheetSpec } from "../sheets/columns";
import type { CellValue, RawSheet, RawWorkbook } from "../sheets/rawSheet";
import type { SheetLocation } from "../sheets/rows";
import { sheetOrigin } from "../sheets/sheetFindings";
import { fold } from "../text/fold";
import type { MergedRow, MergedRows } from "./mergeRows";
import { SOURCE_HEADER } from "./sourceRows";

/** A source's lists sheet, as the merge reads it. */
export interface ListsOfSource {
  sheet: RawSheet;
  location: SheetLocation;
}

/**
 * The merged workbook's grids: each tracking sheet under its default name with the template's
 * headers in row 1 and "Nguồn" last; the lists sheet (when any source has one) with each list
 * the union of the sources' lists, in the order first seen. Columns a source has that the
 * product does not know are not carried over.
 */
export function mergeGrids(
  rows: MergedRows,
  lists: readonly ListsOfSource[]
): { merged: RawWorkbook; headerRows: Record<string, number> } {
  const sheets: RawSheet[] = [];
  const headerRows: Record<string, number> = {};
  for (const spec of TRACKING_SHEETS) {
    sheets.push(trackingSheet(spec, rows[spec.kind]));
    headerRows[spec.defaultName] = 1;
  }
  if (lists.length > 0) {
    sheets.push(listsSheet(lists));
    headerRows[LISTS.defaultName] = 1;
  }
  return { merged: { sheets, date1904: false }, headerRows };
}

function trackingSheet(spec: SheetSpec, rows: readonly MergedRow<TrackingKind>[]): RawSheet {
  const headers = [...spec.columns.map((c) => c.header), SOURCE_HEADER];
  const values: CellValue[][] = [headers];
  const numberFormats: string[][] = [headers.map(() => "General")];
  for (const { from, fairCode } of rows) {
    const cells: CellValue[] = [];
    const formats: string[] = [];
    for (const column of spec.columns) {
      const value = from.cells[column.key];
      cells.push(column.key === "fairCode" && fairCode !== undefined ? fairCode : (value ?? ""));
      formats.push(from.formats[column.key] ?? "General");
    }
    cells.push(from.origin);
    formats.push("General");
    values.push(cells);
    numberFormats.push(formats);
  }
  return { name: spec.defaultName, origin: "A1", values, numberFormats };
}

function listsSheet(sources: readonly ListsOfSource[]): RawSheet {
  const columns = LISTS.columns.filter((c) => sources.some((s) => c.key in s.location.columns));
  const lists = columns.map((column) => {
    const seen = new Set<string>();
    const out: CellValue[] = [];
    for (const { sheet, location } of sources) {
      const letter = location.columns[column.key];
      if (!letter) continue;
      const o = sheetOrigin(sheet);
      const at = columnIndex(letter) - o.column;
      for (let r = location.headerRow - o.row + 1; r < sheet.values.length; r++) {
        const value = sheet.values[r]?.[at] ?? "";
        if (isBlank(value)) continue;
        const key = fold(String(value));
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(value);
      }
    }
    return out;
  });
  const height = Math.max(0, ...lists.map((l) => l.length));
  const values: CellValue[][] = [columns.map((c) => c.header)];
  for (let r = 0; r < height; r++) values.push(lists.map((l) => l[r] ?? ""));
  return { name: LISTS.defaultName, origin: "A1", values };
}
