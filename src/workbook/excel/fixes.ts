import { cellAddress } from "../../core/sheets/address";
import type { CellValue } from "../../core/sheets/rawSheet";
import { sameCellValue } from "../cellValue";
import { PortError, type CellFix } from "../port";
import type { Door } from "./door";
import { cellBytes } from "./chunking";
import { toDoorError } from "./errors";
import {
  CELL_LOAD_BYTES,
  MAX_CELLS_PER_REQUEST,
  packRequests,
  WRITE_BUDGET_BYTES,
  WRITE_OP_BYTES,
} from "./requestBudget";

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

/** A cell that passed the checks, with the value and number format it was found with. */
interface CheckedWrite extends CellWrite {
  found: CellValue;
  format: string;
}

/**
 * What to write so that Excel stores exactly `value`. Setting `Range.values` parses text as if
 * typed ("12-Mar" and "Jan 2024" become dates, "TRUE " a boolean, "=1" a formula, "001" a number),
 * and no pattern can foresee every locale's reading, so every string gets a leading apostrophe,
 * which keeps it as text and is not stored in the value. A cell formatted as Text ("@") already
 * keeps text as typed, and there the apostrophe would stay in the value: the string goes as is.
 * Numbers stay numbers; blank clears the cell.
 */
export function literal(value: CellValue, numberFormat: string): CellValue {
  if (typeof value !== "string" || value === "") return value ?? "";
  return numberFormat === "@" ? value : `'${value}`;
}

function where(c: { sheet: string; row: number; column: string }): string {
  return cellAddress(c.sheet, c.row, c.column);
}

/** The sheet of a failed request, when the request touched only one. */
function onlySheet(cells: readonly CellWrite[]): { sheet?: string } {
  const sheets = new Set(cells.map((c) => c.sheet));
  return sheets.size === 1 ? { sheet: [...sheets][0] } : {};
}

const checkCost = (c: CellWrite): number => CELL_LOAD_BYTES + 2 * cellBytes(c.expected);
const writeCost = (c: CellWrite): number => WRITE_OP_BYTES + cellBytes(c.value);

/**
 * Writes cells after checking, in the syncs before the first write, that every sheet is there,
 * that no cell is locked on a protected sheet (unlocked cells take values there, as in Excel), and
 * that every cell still holds `expected` and no formula: any failed check refuses
 * the whole batch and nothing is written. Checks and writes go in requests of at most
 * MAX_CELLS_PER_REQUEST cells and WRITE_BUDGET_BYTES (requestBudget.ts), so syncs are
 * 1 + ceil(n / 2000) checks + ceil(n / 2000) writes for n cells of ordinary size. If a write request
 * fails, the cells of the requests already sent (and of the failing one, which Excel may have
 * applied in part) get their old values back before the error is thrown.
 */
async function writeChecked(door: Door, writes: readonly CellWrite[]): Promise<CheckedWrite[]> {
  const byCell = new Map<string, CellWrite>();
  for (const w of writes) {
    const key = where(w);
    const seen = byCell.get(key);
    if (seen && !sameCellValue(seen.value, w.value))
      throw new PortError("failed", `Two different fixes for ${key}`, { cells: [key] });
    byCell.set(key, w);
  }
  const cells = [...byCell.values()];
  if (cells.length === 0) return [];
  return door.batch(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load(
      door.req.has("valuesOnly") ? "items/name,items/protection/protected" : "items/name"
    );
    await context.sync();

    const byName = new Map(sheets.items.map((ws) => [ws.name, ws]));
    // On a protected sheet only locked cells refuse values; which are locked is read with them.
    const guarded = new Set<string>();
    for (const sheet of new Set(cells.map((c) => c.sheet))) {
      const ws = byName.get(sheet);
      if (!ws) throw new PortError("sheetGone", `Sheet "${sheet}" is gone`, { sheet });
      if (door.req.has("valuesOnly") && ws.protection.protected) guarded.add(sheet);
    }
    const rangeOf = (c: CellWrite): Excel.Range =>
      byName.get(c.sheet)!.getRange(`${c.column}${c.row}`);

    const checked: CheckedWrite[] = [];
    const withFormula: string[] = [];
    const changed: string[] = [];
    const locked: string[] = [];
    for (const chunk of packRequests(cells, checkCost, WRITE_BUDGET_BYTES, MAX_CELLS_PER_REQUEST)) {
      const ranges = chunk.map((c) =>
        rangeOf(c).load(
          guarded.has(c.sheet)
            ? "values,formulas,numberFormat,format/protection/locked"
            : "values,formulas,numberFormat"
        )
      );
      try {
        // Checking in bounded requests is the point (see requestBudget.ts).
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (err) {
        throw toDoorError(err, onlySheet(chunk));
      }
      chunk.forEach((c, i) => {
        // FormatProtection.locked (ExcelApi 1.2): a cell is locked unless the user unlocked it.
        if (guarded.has(c.sheet) && ranges[i].format.protection.locked !== false)
          locked.push(where(c));
        const f = ranges[i].formulas[0][0];
        const v = ranges[i].values[0][0] as CellValue;
        // Text that starts with "=" (kept by an apostrophe) reads the same in both.
        if (typeof f === "string" && f.startsWith("=") && f !== v) withFormula.push(where(c));
        else if (!sameCellValue(v, c.expected)) changed.push(where(c));
        checked.push({
          ...c,
          found: ranges[i].values[0][0] as CellValue,
          format: String(ranges[i].numberFormat[0][0] ?? "General"),
        });
      });
    }
    if (locked.length > 0)
      throw new PortError("protected", "Cells are locked on a protected sheet", {
        ...onlySheet(cells.filter((c) => locked.includes(where(c)))),
        cells: locked,
      });
    if (withFormula.length > 0)
      throw new PortError("formula", "Cells hold formulas", { cells: withFormula });
    if (changed.length > 0)
      throw new PortError("changed", "Cells changed since they were checked", {
        cells: changed,
      });

    const send = async (list: readonly CheckedWrite[], value: (c: CheckedWrite) => CellValue) => {
      for (const c of list) rangeOf(c).values = [[literal(value(c), c.format)]];
      await context.sync(); // one request per chunk: called once per chunk below
    };
    const chunks = packRequests(checked, writeCost, WRITE_BUDGET_BYTES, MAX_CELLS_PER_REQUEST);
    let sent = 0;
    try {
      for (; sent < chunks.length; sent++) await send(chunks[sent], (c) => c.value);
    } catch (err) {
      const touched = chunks.slice(0, sent + 1).flat();
      try {
        const back = packRequests(touched, writeCost, WRITE_BUDGET_BYTES, MAX_CELLS_PER_REQUEST);
        for (const chunk of back) await send(chunk, (c) => c.found);
      } catch {
        throw new PortError("failed", "A fix batch failed part-way and could not be undone", {
          ...onlySheet(touched),
          cells: touched.map(where),
        });
      }
      throw toDoorError(err, onlySheet(chunks[sent]));
    }
    return checked;
  });
}

/**
 * One change the pane can take back with "undo": a fix batch or an import of rows. `writes` names
 * where its writes land as change events name them ("B7", "A12:K40"), so live mode can tell the
 * door's own writes from the user's.
 */
export interface UndoStep {
  readonly writes: readonly { sheet: string; address: string }[];
  /** The step added rows: live mode's cached workbook cannot follow it (nor its undo). */
  readonly grows?: boolean;
  undo(door: Door): Promise<void>;
}

/** Writes back a fix batch's old values if its cells still hold what was written. */
function fixStep(written: readonly WrittenCell[]): UndoStep {
  return {
    writes: written.map((w) => ({ sheet: w.sheet, address: `${w.column}${w.row}` })),
    async undo(door) {
      await writeChecked(
        door,
        written.map((w) => ({ ...w, expected: w.after, value: w.before }))
      );
    },
  };
}

/** Changes written, newest last, for undo (kept for the pane's session). */
export class FixHistory {
  private readonly steps: UndoStep[] = [];

  async apply(door: Door, fixes: readonly CellFix[]): Promise<void> {
    const checked = await writeChecked(
      door,
      fixes.map((f) => ({ ...f, expected: f.oldValue, value: f.newValue }))
    );
    // Undo puts back what the cells held when checked (a number stays a number).
    const written = checked.map((c): WrittenCell => ({
      sheet: c.sheet,
      row: c.row,
      column: c.column,
      before: c.found,
      after: c.value,
    }));
    if (written.length > 0) this.steps.push(fixStep(written));
  }

  /** Another kind of change (an import of rows) that undo takes back as one step. */
  push(step: UndoStep): void {
    this.steps.push(step);
  }

  /** Takes back the last step; it refuses (and stays) if its cells changed since. */
  async undo(door: Door): Promise<boolean> {
    const last = this.steps[this.steps.length - 1];
    if (!last) return false;
    await last.undo(door);
    this.steps.pop();
    return true;
  }

  /** The step undo would take back. */
  get last(): UndoStep | undefined {
    return this.steps[this.steps.length - 1];
  }

  get depth(): number {
    return this.steps.length;
  }
}
