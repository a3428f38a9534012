import type { CheckResult } from "../check";
import type { TrackingKind } from "../findings/finding";
import { columnIndex } from "../sheets/address";
import { isDateFormat } from "../sheets/excelDate";
import { TRACKING_SHEETS } from "../sheets/columns";
import type { CellValue, RawSheet, RawWorkbook } from "../sheets/rawSheet";
import type { ExhibitRow, FairRow, ProductRow, SheetLocation } from "../sheets/rows";
import { sheetOrigin } from "../sheets/sheetFindings";
import { fold } from "../text/fold";

/** The merged workbook's last column: where each row came from. */
export const SOURCE_HEADER = "Nguồn";

/** Days between the 1904 and the 1900 date systems' day zero (Excel's own offset). */
const DAYS_1904 = 1462;

interface TypedByKind {
  fairs: FairRow;
  exhibits: ExhibitRow;
  products: ProductRow;
}

/** One data row of one source, as the merge copies it and the across checks read it. */
export interface SourceRow<K extends TrackingKind = TrackingKind> {
  kind: K;
  /** Index of the source in the roll-up's list. */
  source: number;
  file: string;
  sheet: string;
  row: number;
  /** Column key → the cell's letter in its source (for findings). */
  letters: Record<string, string>;
  /** Column key → the raw cell (date serials in the 1900 system) and its number format. */
  cells: Record<string, CellValue>;
  formats: Record<string, string>;
  /**
   * "<file> › <sheet>!<row>": the row's own place, or the "Nguồn" it already carries when the
   * source is itself a merged workbook (so a row keeps its first source through merges).
   */
  origin: string;
  typed: TypedByKind[K];
}

export type RowsOfSource = { [K in TrackingKind]: SourceRow<K>[] };

/** "<file> › <sheet>!<row>", the text of the "Nguồn" column. */
export function originText(file: string, sheet: string, row: number): string {
  return `${file} › ${sheet}!${row}`;
}

/** The data rows of one checked source, each with its raw cells by column key. */
export function sourceRows(
  index: number,
  file: string,
  raw: RawWorkbook,
  result: CheckResult
): RowsOfSource {
  const out: RowsOfSource = { fairs: [], exhibits: [], products: [] };
  const { typed } = result;
  for (const spec of TRACKING_SHEETS) {
    const location = typed.locations[spec.kind];
    const sheet = location && raw.sheets.find((s) => s.name === location.sheet);
    if (!location || !sheet || location.headerRow === 0) continue;
    const reader = cellReader(sheet, location, Boolean(raw.date1904));
    const rows = typed[spec.kind] as TypedByKind[typeof spec.kind][];
    (out[spec.kind] as SourceRow[]) = rows.map((t) => {
      const { cells, formats, origin } = reader(t.row);
      return {
        kind: spec.kind,
        source: index,
        file,
        sheet: sheet.name,
        row: t.row,
        letters: location.columns,
        cells,
        formats,
        origin: origin ?? originText(file, sheet.name, t.row),
        typed: t,
      };
    });
  }
  return out;
}

function cellReader(sheet: RawSheet, location: SheetLocation, date1904: boolean) {
  const o = sheetOrigin(sheet);
  const columns = Object.entries(location.columns).map(
    ([key, letter]) => [key, columnIndex(letter) - o.column] as const
  );
  const headerCells = sheet.values[location.headerRow - o.row] ?? [];
  const sourceAt = headerCells.findIndex(
    (v) => typeof v === "string" && fold(v) === fold(SOURCE_HEADER)
  );
  return (row: number) => {
    const values = sheet.values[row - o.row] ?? [];
    const rowFormats = sheet.numberFormats?.[row - o.row];
    const cells: Record<string, CellValue> = {};
    const formats: Record<string, string> = {};
    for (const [key, at] of columns) {
      const format = rowFormats?.[at] ?? "General";
      let value = values[at] ?? "";
      // The merged workbook is in the 1900 system: a 1904 serial moves by the systems' gap.
      if (date1904 && typeof value === "number" && isDateFormat(format)) value += DAYS_1904;
      cells[key] = value;
      formats[key] = format;
    }
    const carried = sourceAt >= 0 ? values[sourceAt] : undefined;
    const origin = typeof carried === "string" && carried.trim() ? carried.trim() : undefined;
    return { cells, formats, origin };
  };
}
