import type { TrackingKind } from "../../core/findings/finding";
import { originText, SOURCE_HEADER, type RollupResult } from "../../core/rollup";
import { columnLetter } from "../../core/sheets/address";
import { isBlank } from "../../core/sheets/cellText";
import { TRACKING_SHEETS } from "../../core/sheets/columns";
import { isDateFormat } from "../../core/sheets/excelDate";
import { identifySheets } from "../../core/sheets/identifySheets";
import type { CellValue, RawSheet, RawWorkbook } from "../../core/sheets/rawSheet";
import { sheetOrigin } from "../../core/sheets/sheetFindings";
import { fold } from "../../core/text/fold";
import type { RowBlock } from "../../workbook/port";

/** What "Gộp sổ" in Excel writes: rows per tracking sheet of the open workbook. */
export interface ImportPlan {
  blocks: RowBlock[];
  /** Rows to append per sheet kind, with the open workbook's sheet name. */
  sheets: { kind: TrackingKind; sheet: string; rows: number }[];
  /** Kinds with rows to bring that the open workbook has no sheet for (templates make them). */
  missing: { kind: TrackingKind; rows: number }[];
}

/**
 * The rows of the roll-up's merged workbook that the open workbook (`target`, rolled up as the
 * source named `targetName`) does not hold yet, matched to its columns by header and placed under
 * its last row. A merged row is the open workbook's own when its "Nguồn" is one of the open
 * workbook's rows (its place, or the "Nguồn" that row already carries from an earlier import):
 * importing the same files twice adds nothing. Fairs the open workbook already has are not
 * repeated (the roll-up de-duplicates them) and exhibits point at its fair codes. Imported rows
 * carry their "Nguồn"; a sheet without that column gets it, headed, right of its header.
 */
export function importPlan(
  target: RawWorkbook,
  result: RollupResult,
  targetName: string
): ImportPlan {
  const plan: ImportPlan = { blocks: [], sheets: [], missing: [] };
  const found = identifySheets(target.sheets);
  for (const spec of TRACKING_SHEETS) {
    const merged = result.merged.sheets.find((s) => s.name === spec.defaultName);
    if (!merged || merged.values.length < 2) continue;
    const mergedHeader = merged.values[0].map((v) => fold(String(v ?? "")));
    const mergedSource = mergedHeader.indexOf(fold(SOURCE_HEADER));
    const here = found.get(spec.kind);
    const own = here?.header
      ? ownOrigins(here.sheet, here.header.headerIndex, targetName)
      : new Set<string>();
    const fresh = merged.values
      .map((row, i) => ({ row, formats: merged.numberFormats?.[i] }))
      .slice(1)
      .filter(({ row }) => !own.has(String(row[mergedSource] ?? "").trim()));
    if (fresh.length === 0) continue;
    if (!here?.header) {
      plan.missing.push({ kind: spec.kind, rows: fresh.length });
      continue;
    }
    const { sheet, header } = here;
    const o = sheetOrigin(sheet);
    // Target grid column (0-based) per merged column.
    const targetAt = new Map<number, number>();
    spec.columns.forEach((column, i) => {
      const at = header.columns.get(column.key);
      if (at !== undefined) targetAt.set(i, at);
    });
    const headerCells = sheet.values[header.headerIndex] ?? [];
    let sourceAt = headerCells.findIndex((v) => fold(String(v ?? "")) === fold(SOURCE_HEADER));
    const width = Math.max(headerCells.length, ...[...targetAt.values()].map((c) => c + 1));
    if (sourceAt < 0) {
      sourceAt = lastFilled(headerCells) + 1;
      plan.blocks.push({
        sheet: sheet.name,
        row: o.row + header.headerIndex,
        column: columnLetter(o.column + sourceAt),
        values: [[SOURCE_HEADER]],
      });
    }
    targetAt.set(mergedSource, sourceAt);
    const left = Math.min(...targetAt.values());
    const right = Math.max(width - 1, sourceAt);
    const values: CellValue[][] = fresh.map(({ row }) => {
      const out = new Array<CellValue>(right - left + 1).fill("");
      for (const [from, to] of targetAt) out[to - left] = row[from] ?? "";
      return out;
    });
    const formats = new Array<string | undefined>(right - left + 1).fill(undefined);
    for (const [from, to] of targetAt) {
      const format = fresh.map((f) => f.formats?.[from]).find((f) => isDateFormat(f));
      if (format) formats[to - left] = format;
    }
    plan.blocks.push({
      sheet: sheet.name,
      row: o.row + lastRowIndex(sheet.values, header.headerIndex) + 1,
      column: columnLetter(o.column + left),
      values,
      formats,
    });
    plan.sheets.push({ kind: spec.kind, sheet: sheet.name, rows: fresh.length });
  }
  return plan;
}

/** Where each data row of the open workbook's sheet came from, as the roll-up names it. */
function ownOrigins(sheet: RawSheet, headerIndex: number, targetName: string): Set<string> {
  const o = sheetOrigin(sheet);
  const headerCells = sheet.values[headerIndex] ?? [];
  const sourceAt = headerCells.findIndex((v) => fold(String(v ?? "")) === fold(SOURCE_HEADER));
  const out = new Set<string>();
  for (let i = headerIndex + 1; i < sheet.values.length; i++) {
    const row = sheet.values[i];
    if (!row || row.every((v) => isBlank(v))) continue;
    out.add(originText(targetName, sheet.name, o.row + i));
    const carried = sourceAt >= 0 ? row[sourceAt] : undefined;
    if (typeof carried === "string" && carried.trim()) out.add(carried.trim());
  }
  return out;
}

function lastFilled(cells: readonly CellValue[]): number {
  for (let c = cells.length - 1; c >= 0; c--) if (!isBlank(cells[c])) return c;
  return -1;
}

/** The grid index of the sheet's last non-empty row (the header's when it has no rows). */
function lastRowIndex(values: readonly (readonly CellValue[])[], headerIndex: number): number {
  for (let i = values.length - 1; i > headerIndex; i--)
    if (values[i]?.some((v) => !isBlank(v))) return i;
  return headerIndex;
}
