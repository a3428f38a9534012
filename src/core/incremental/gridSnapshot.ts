import type { CellValue, RawSheet, RawWorkbook } from "../sheets/rawSheet";

/**
 * The cells the last check read, copied: a door may hand the next grid over in the same arrays
 * edited in place (or structured-cloned from a worker), so only a copy tells what changed.
 */
export interface SheetSnapshot {
  name: string;
  origin: string;
  values: CellValue[][];
  formats: (string[] | undefined)[];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  date1904: boolean;
}

export function snapshotOf(raw: RawWorkbook): WorkbookSnapshot {
  return {
    date1904: Boolean(raw.date1904),
    sheets: (raw.sheets ?? []).map((s) => ({
      name: s.name,
      origin: s.origin,
      values: s.values.map((row) => (row ? row.slice() : row)),
      formats: s.values.map((_, r) => s.numberFormats?.[r]?.slice()),
    })),
  };
}

/** Same sheets, in the same order, at the same origins, in the same date system. */
export function sameStructure(snapshot: WorkbookSnapshot, raw: RawWorkbook): boolean {
  const sheets = raw.sheets ?? [];
  if (Boolean(raw.date1904) !== snapshot.date1904) return false;
  if (sheets.length !== snapshot.sheets.length) return false;
  return sheets.every((s, i) => {
    const old = snapshot.sheets[i];
    return s.name === old.name && s.origin === old.origin;
  });
}

function sameCells(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    // NaN (a door may hand one over) equals itself here, or every check would re-read its row.
    if (x !== y && (x === x || y === y)) return false;
  }
  return true;
}

/** Whether grid row `r` (0-based) differs from the snapshot, in values or number formats. */
export function rowChanged(old: SheetSnapshot, sheet: RawSheet, r: number): boolean {
  return (
    !sameCells(old.values[r], sheet.values[r]) ||
    !sameCells(old.formats[r], sheet.numberFormats?.[r])
  );
}

/** The 0-based rows from `from` on that differ (rows added or dropped at the bottom included). */
export function changedRows(old: SheetSnapshot, sheet: RawSheet, from: number): number[] {
  const out: number[] = [];
  const end = Math.max(old.values.length, sheet.values.length);
  for (let r = from; r < end; r++) if (rowChanged(old, sheet, r)) out.push(r);
  return out;
}

/** The snapshot brought up to `sheet` at the given rows (and its new length). */
export function updateSnapshot(old: SheetSnapshot, sheet: RawSheet, rows: readonly number[]): void {
  for (const r of rows) {
    old.values[r] = sheet.values[r]?.slice();
    old.formats[r] = sheet.numberFormats?.[r]?.slice();
  }
  old.values.length = sheet.values.length;
  old.formats.length = sheet.values.length;
}
