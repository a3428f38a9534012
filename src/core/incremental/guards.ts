import { HEADER_SEARCH_ROWS } from "../sheets/findHeader";
import { identifySheets } from "../sheets/identifySheets";
import type { RawSheet, RawWorkbook } from "../sheets/rawSheet";
import { isColumnNumbering } from "../sheets/readSheetRows";
import type { TypedWorkbook } from "../sheets/rows";
import { sheetOrigin } from "../sheets/sheetFindings";
import { changedRows, rowChanged, updateSnapshot, type WorkbookSnapshot } from "./gridSnapshot";
import { LINKED_KINDS, type LinkedKind } from "./links";

/** Per sheet of the workbook: which edits can be taken row by row. */
export interface Guard {
  /** The tracking sheet this is, if any: its data rows are re-read a few at a time. */
  kind?: LinkedKind | "fairs";
  /** 0-based grid row of its (last) header row. */
  headerIndex: number;
  /** Any edit in it needs a whole check (the lists sheet, a sheet found without a header). */
  whole: boolean;
}

/** The edited data rows (0-based) of each tracking sheet, and whether an edit was in the first rows. */
export type Edits = Record<LinkedKind | "fairs", number[]> & { nearTop: boolean };

export function guardsOf(
  sheets: readonly RawSheet[],
  locations: TypedWorkbook["locations"]
): Guard[] {
  const guards: Guard[] = sheets.map(() => ({ headerIndex: 0, whole: false }));
  const lists = sheets.findIndex((s) => s.name === locations.lists?.sheet);
  if (lists >= 0) guards[lists] = { headerIndex: 0, whole: true };
  for (const kind of ["fairs", ...LINKED_KINDS] as const) {
    const location = locations[kind];
    const at = sheets.findIndex((s) => s.name === location?.sheet);
    if (!location || at < 0) continue;
    // Found by name without a header: any edit may bring one.
    if (location.headerRow === 0) guards[at] = { headerIndex: 0, whole: true };
    else
      guards[at] = {
        kind,
        headerIndex: location.headerRow - sheetOrigin(sheets[at]).row,
        whole: false,
      };
  }
  return guards;
}

/**
 * What changed since the snapshot, which is brought up to date for the rows that do not need
 * re-reading (titles, headers); undefined when an edit needs a whole check.
 */
export function editedRows(
  snapshot: WorkbookSnapshot,
  guards: readonly Guard[],
  raw: RawWorkbook
): Edits | undefined {
  const out: Edits = { fairs: [], exhibits: [], products: [], nearTop: false };
  const sheets = raw.sheets ?? [];
  for (let i = 0; i < sheets.length; i++) {
    const old = snapshot.sheets[i];
    const sheet = sheets[i];
    const { kind, headerIndex, whole } = guards[i];
    if (whole) {
      if (changedRows(old, sheet, 0).length > 0) return undefined;
      continue;
    }
    if (!kind) {
      // Another sheet: only its first rows could make it a tracking sheet (findHeader).
      const top = Math.min(HEADER_SEARCH_ROWS, Math.max(old.values.length, sheet.values.length));
      for (let r = 0; r < top; r++) if (rowChanged(old, sheet, r)) out.nearTop = true;
      continue;
    }
    const rows = changedRows(old, sheet, 0);
    if (rows.length > 0 && rows[0] < HEADER_SEARCH_ROWS) out.nearTop = true;
    // The row under the header is data unless it numbers the columns: (1) (2) (3) ...
    const under = headerIndex + 1;
    if (rows.includes(under) && numbering(old.values[under]) !== numbering(sheet.values[under]))
      return undefined;
    out[kind] = rows.filter((r) => r > headerIndex);
    // Title and header rows edited while the header reads the same: nothing to re-read there.
    updateSnapshot(
      old,
      sheet,
      rows.filter((r) => r <= headerIndex)
    );
  }
  return out;
}

function numbering(row: RawSheet["values"][number] | undefined): boolean {
  return row ? isColumnNumbering(row) : false;
}

/**
 * Which sheet holds which kind and where its header is, as `identifySheets` finds them from
 * the first rows of each sheet (all it reads, with whether a sheet holds anything). Only worked
 * out when an edit was near the top (`known` otherwise).
 */
export function identityOf(raw: RawWorkbook, nearTop: boolean, known: string): string {
  if (!nearTop) return known;
  const tops = (raw.sheets ?? []).map((s) => ({
    ...s,
    values: s.values.slice(0, HEADER_SEARCH_ROWS),
  }));
  return JSON.stringify(
    [...identifySheets(tops)].map(([kind, hit]) => [
      kind,
      hit.sheet.name,
      hit.header?.headerIndex,
      hit.header?.rowSpan,
      [...(hit.header?.columns ?? [])],
    ])
  );
}

/** The sheet with only its top rows (headers) and the given rows: the rest reads as blank. */
export function onlyRows(sheet: RawSheet, top: number, rows: readonly number[]): RawSheet {
  const length = sheet.values.length;
  const values: RawSheet["values"] = new Array(length);
  const formats: string[][] | undefined = sheet.numberFormats ? new Array(length) : undefined;
  const copy = (r: number) => {
    values[r] = sheet.values[r];
    if (formats && sheet.numberFormats) formats[r] = sheet.numberFormats[r];
  };
  for (let r = 0; r < Math.min(top, length); r++) copy(r);
  for (const r of rows) if (r < length) copy(r);
  return { ...sheet, values, ...(formats ? { numberFormats: formats } : {}) };
}
