import { cellAddress } from "../../core/sheets/address";
import type { CellValue } from "../../core/sheets/rawSheet";
import type { CellFix } from "../port";
import type { Door } from "./door";
import { ExcelDoorError } from "./errors";

/** One cell of a written batch: what it held and what was written, for undo. */
export interface WrittenCell {
  sheet: string;
  row: number;
  column: string;
  before: CellValue;
  after: CellValue;
}

interface CellWrite {
  sheet: string;
  row: number;
  column: string;
  expected: CellValue;
  value: CellValue;
}

/** Blank cells read as "" in Office.js; a fix built from a file may say null. */
function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const blankA = a === null || a === undefined || a === "";
  const blankB = b === null || b === undefined || b === "";
  if (blankA || blankB) return blankA && blankB;
  return a === b;
}

/**
 * Setting `Range.values` parses text as if typed: "3/4" becomes a date, "=1" a formula, "1.234" a
 * number. A leading apostrophe keeps the text as text (Excel does not store it in the value).
 */
export function literal(value: CellValue): CellValue {
  if (typeof value !== "string" || value === "") return value ?? "";
  const parsed =
    /^[=+\-@']/.test(value) ||
    /^\s*[\d.,:/%$()\s-]*\d[\d.,:/%$()\s-]*\s*(e[+-]?\d+)?\s*$/i.test(value) ||
    /^(true|false)$/i.test(value) ||
    value.startsWith("#");
  return parsed ? `'${value}` : value;
}

function where(c: { sheet: string; row: number; column: string }): string {
  return cellAddress(c.sheet, c.row, c.column);
}

/**
 * Writes cells in one sync after checking, in the syncs before it, that every sheet is there and
 * unprotected and that every cell still holds `expected` and no formula. Any failed check refuses
 * the whole batch: nothing is written.
 */
async function writeChecked(door: Door, writes: readonly CellWrite[]): Promise<void> {
  const byCell = new Map<string, CellWrite>();
  for (const w of writes) {
    const key = where(w);
    const seen = byCell.get(key);
    if (seen && !sameValue(seen.value, w.value))
      throw new ExcelDoorError("failed", `Two different fixes for ${key}`, { cells: [key] });
    byCell.set(key, w);
  }
  const cells = [...byCell.values()];
  if (cells.length === 0) return;
  await door.batch(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load(
      door.req.has("valuesOnly") ? "items/name,items/protection/protected" : "items/name"
    );
    await context.sync();

    const byName = new Map(sheets.items.map((ws) => [ws.name, ws]));
    for (const sheet of new Set(cells.map((c) => c.sheet))) {
      const ws = byName.get(sheet);
      if (!ws) throw new ExcelDoorError("sheetGone", `Sheet "${sheet}" is gone`, { sheet });
      if (door.req.has("valuesOnly") && ws.protection.protected)
        throw new ExcelDoorError("protected", `Sheet "${sheet}" is protected`, { sheet });
    }
    const ranges = cells.map((c) => {
      const range = byName.get(c.sheet)!.getRange(`${c.column}${c.row}`);
      range.load("values,formulas");
      return range;
    });
    await context.sync();

    const withFormula = cells.filter((_, i) => {
      const f = ranges[i].formulas[0][0];
      return typeof f === "string" && f.startsWith("=");
    });
    if (withFormula.length > 0)
      throw new ExcelDoorError("formula", "Cells hold formulas", { cells: withFormula.map(where) });
    const changed = cells.filter((c, i) => !sameValue(ranges[i].values[0][0], c.expected));
    if (changed.length > 0)
      throw new ExcelDoorError("changed", "Cells changed since they were checked", {
        cells: changed.map(where),
      });

    cells.forEach((c, i) => {
      ranges[i].values = [[literal(c.value)]];
    });
    await context.sync();
  });
}

/** Fix batches written, newest last, for undo (kept for the pane's session). */
export class FixHistory {
  private readonly batches: WrittenCell[][] = [];

  async apply(door: Door, fixes: readonly CellFix[]): Promise<void> {
    const written: WrittenCell[] = fixes.map((f) => ({
      sheet: f.sheet,
      row: f.row,
      column: f.column,
      before: f.oldValue,
      after: f.newValue,
    }));
    await writeChecked(
      door,
      written.map((w) => ({ ...w, expected: w.before, value: w.after }))
    );
    if (written.length > 0) this.batches.push(written);
  }

  /** Writes back the last batch's old values if its cells still hold what was written. */
  async undo(door: Door): Promise<boolean> {
    const last = this.batches[this.batches.length - 1];
    if (!last) return false;
    await writeChecked(
      door,
      last.map((w) => ({ ...w, expected: w.after, value: w.before }))
    );
    this.batches.pop();
    return true;
  }

  get depth(): number {
    return this.batches.length;
  }
}
