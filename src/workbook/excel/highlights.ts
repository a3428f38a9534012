import type { Finding, Severity } from "../../core/findings/finding";
import { columnIndex, columnLetter } from "../../core/sheets/address";
import { PortError, type HighlightResult } from "../port";
import type { Door } from "./door";
import { FEATURE_SETS } from "./requirements";
import { MAX_WRITE_OPS_PER_REQUEST, packRequests } from "./requestBudget";

/**
 * Highlights are conditional formats whose rule is `=_ocop_mark`, a workbook name the add-in owns
 * (`=TRUE`). They sit beside the cells: the user's values, fills and own conditional formats are
 * never written, so clearing (deleting our formats and the name) leaves no trace. The marks are
 * found again from the workbook itself (by their rule), so they clear after the pane reloads.
 */
export const MARK_NAME = "_ocop_mark";
export const MARK_FORMULA = `=${MARK_NAME}`;
/** Enough to see where the trouble is; beyond it the pane says how many were left unmarked. */
export const DEFAULT_HIGHLIGHT_CAP = 2000;

/** Excel's own "light red fill with dark red text" and its yellow and blue siblings. */
export const MARK_COLORS: Record<Severity, { fill: string; font: string }> = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
  info: { fill: "#DDEBF7", font: "#1F4E78" },
};

export interface MarkRun {
  /** A vertical run of cells with the same severity, e.g. "D5:D9" or "D5". */
  address: string;
  severity: Severity;
  cells: number;
}

export interface MarkPlan {
  bySheet: Map<string, MarkRun[]>;
  marked: number;
  skipped: number;
}

const MAX_ROW = 1_048_576;
const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * One mark per cell (its worst severity), errors first then sheet/row/column order, at most `cap`
 * cells; neighbouring rows of one column with the same severity share one conditional format.
 */
export function planMarks(findings: readonly Finding[], cap: number): MarkPlan {
  const cells = new Map<string, { sheet: string; row: number; col: number; severity: Severity }>();
  let invalid = 0;
  for (const f of findings) {
    const col = /^[A-Z]{1,3}$/i.test(f.column) ? columnIndex(f.column) : 0;
    if (!Number.isInteger(f.row) || f.row < 1 || f.row > MAX_ROW || col < 1 || col > 16384) {
      invalid++;
      continue;
    }
    const key = `${f.sheet}\u0000${col}\u0000${f.row}`;
    const seen = cells.get(key);
    if (!seen || rank[f.severity] < rank[seen.severity])
      cells.set(key, { sheet: f.sheet, row: f.row, col, severity: f.severity });
  }
  const ordered = [...cells.values()].sort(
    (a, b) =>
      rank[a.severity] - rank[b.severity] ||
      (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) ||
      a.row - b.row ||
      a.col - b.col
  );
  const kept = ordered.slice(0, Math.max(0, cap));
  const bySheet = new Map<string, MarkRun[]>();
  const byColumn = new Map<string, typeof kept>();
  for (const cell of kept) {
    const key = `${cell.sheet}\u0000${cell.col}`;
    const list = byColumn.get(key) ?? [];
    list.push(cell);
    byColumn.set(key, list);
  }
  for (const list of byColumn.values()) {
    list.sort((a, b) => a.row - b.row);
    const letter = columnLetter(list[0].col);
    const runs = bySheet.get(list[0].sheet) ?? [];
    let i = 0;
    while (i < list.length) {
      let j = i;
      while (
        j + 1 < list.length &&
        list[j + 1].row === list[j].row + 1 &&
        list[j + 1].severity === list[i].severity
      )
        j++;
      const top = list[i].row;
      const bottom = list[j].row;
      runs.push({
        address: top === bottom ? `${letter}${top}` : `${letter}${top}:${letter}${bottom}`,
        severity: list[i].severity,
        cells: j - i + 1,
      });
      i = j + 1;
    }
    bySheet.set(list[0].sheet, runs);
  }
  return { bySheet, marked: kept.length, skipped: ordered.length - kept.length + invalid };
}

function isOurRule(formula: string): boolean {
  return formula.replace(/\s+/g, "").toLowerCase() === MARK_FORMULA.toLowerCase();
}

/** A mark is four write operations (add, rule, fill, font); a deletion one. */
const MARK_OPS = 4;

interface WriteOp {
  ops: number;
  apply: () => void;
}

/**
 * Removes our marks everywhere and, with a plan, adds the new ones. Syncs: 1 (sheets and the name),
 * 1 (the conditional formats of each sheet, and the name added if needed), then the writes, new
 * marks first then old ones deleted, in requests of at most MAX_WRITE_OPS_PER_REQUEST operations
 * (≈ 3 MB, requestBudget.ts): 2 + max(1, ceil((4·runs + deleted + [name deleted]) / 8000)).
 * The default cap of 2,000 cells is one write request when no old marks are to be deleted.
 * Protected sheets are left alone and named in `protectedSheets`: no new marks there, old ones
 * stay (and so does the name they need) until the sheet is unprotected. Marks are never the user's data: if a later
 * request fails, the next highlight or clear finds what is left by its rule.
 */
export async function replaceMarks(
  door: Door,
  plan: MarkPlan | undefined
): Promise<HighlightResult> {
  if (!door.req.has("highlight"))
    throw new PortError("unsupported", "Highlights need ExcelApi 1.6", {
      requirement: `ExcelApi ${FEATURE_SETS.highlight}`,
    });
  return door.batch(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/protection/protected");
    const name = context.workbook.names.getItemOrNullObject(MARK_NAME);
    name.load("name");
    await context.sync();

    let skipped = plan?.skipped ?? 0;
    let blocked = 0;
    const locked = new Set<string>();
    const byName = new Map(sheets.items.map((ws) => [ws.name, ws]));
    const targets: [Excel.Worksheet, MarkRun[]][] = [];
    for (const [sheet, runs] of plan?.bySheet ?? []) {
      const ws = byName.get(sheet);
      if (ws && !ws.protection.protected) targets.push([ws, runs]);
      else if (ws) {
        locked.add(ws.name);
        blocked += runs.reduce((n, r) => n + r.cells, 0);
      } else skipped += runs.reduce((n, r) => n + r.cells, 0);
    }
    const formats = sheets.items.map((ws) => {
      const cfs = ws.getRange().conditionalFormats;
      cfs.load("items/type,items/customOrNullObject/rule/formula");
      return cfs;
    });
    if (targets.length > 0 && name.isNullObject) context.workbook.names.add(MARK_NAME, "=TRUE");
    await context.sync();

    const writes: WriteOp[] = [];
    let marked = 0;
    for (const [ws, runs] of targets)
      for (const run of runs) {
        marked += run.cells;
        writes.push({
          ops: MARK_OPS,
          apply: () => {
            const cf = ws.getRange(run.address).conditionalFormats.add("Custom");
            cf.custom.rule.formula = MARK_FORMULA;
            cf.custom.format.fill.color = MARK_COLORS[run.severity].fill;
            cf.custom.format.font.color = MARK_COLORS[run.severity].font;
          },
        });
      }
    let leftover = false;
    sheets.items.forEach((ws, i) => {
      for (const cf of formats[i].items) {
        if (cf.type !== "Custom" || cf.customOrNullObject.isNullObject) continue;
        if (!isOurRule(cf.customOrNullObject.rule.formula)) continue;
        if (ws.protection.protected) {
          leftover = true;
          locked.add(ws.name);
        } else writes.push({ ops: 1, apply: () => cf.delete() });
      }
    });
    if (targets.length === 0 && !leftover && !name.isNullObject)
      writes.push({ ops: 1, apply: () => name.delete() });

    const requests = packRequests(writes, (w) => w.ops, MAX_WRITE_OPS_PER_REQUEST);
    if (requests.length === 0) requests.push([]);
    for (const request of requests) {
      for (const w of request) w.apply();
      // Bounded requests are the point (see requestBudget.ts).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
    return locked.size > 0
      ? { marked, skipped, blocked, protectedSheets: [...locked] }
      : { marked, skipped };
  });
}
