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

/**
 * Longest multi-area address one rule gets. `getRanges` fails on long addresses with no stated
 * limit (office-js #5198: failures from about 8,200 characters or 513 areas); a quarter of that
 * keeps well clear.
 */
export const MAX_RULE_ADDRESS = 2000;

export interface MarkRule {
  /** One area, or several comma-separated (a `RangeAreas`, ExcelApi 1.9). */
  address: string;
  severity: Severity;
  cells: number;
}

/**
 * The conditional formats for one sheet's runs: with `RangeAreas` one per severity (more only when
 * the address would pass MAX_RULE_ADDRESS), else one per run. Fewer rules mean a smaller file and
 * undo stack, and fewer chances to meet Excel's rule bugs.
 */
export function markRules(runs: readonly MarkRun[], areas: boolean): MarkRule[] {
  if (!areas) return runs.map((r) => ({ ...r }));
  const out: MarkRule[] = [];
  for (const severity of ["error", "warning", "info"] as const) {
    let current: MarkRule | undefined;
    for (const run of runs) {
      if (run.severity !== severity) continue;
      if (current && current.address.length + 1 + run.address.length <= MAX_RULE_ADDRESS) {
        current.address += `,${run.address}`;
        current.cells += run.cells;
      } else {
        current = { address: run.address, severity, cells: run.cells };
        out.push(current);
      }
    }
  }
  return out;
}

/** A mark is four write operations (add, rule, fill, font); a deletion one. */
const MARK_OPS = 4;

interface WriteOp {
  ops: number;
  apply: () => void;
}

/**
 * Removes our marks everywhere and, with a plan, adds the new ones; the user's own conditional
 * formats are never touched. Syncs:
 * 1. sheets, their protection and the `_ocop_mark` name;
 * 2. each sheet's conditional formats (ids and types), and the name set: `=TRUE` for a highlight,
 *    `=FALSE` for a clear, which hides every mark at once, on protected sheets too (the kill switch);
 * 3. the rule formulas of the custom formats (skipped when there are none), so our marks are told
 *    from the user's without reading any other kind of rule (office-js #6827);
 * 4. one request per sheet with changes (more past MAX_WRITE_OPS_PER_REQUEST operations): our old
 *    marks deleted by id first, then the new ones added (each `add` goes on top, index.d.ts:51558;
 *    addressing by id means no shift can make a delete hit the user's rule, office-js #5222);
 * 5. after a clear that left no mark anywhere, the name deleted.
 * A sheet whose formats cannot be read or written is named in `failedSheets` (its cells count as
 * skipped) and the other sheets go on. Protected sheets are left alone and named in
 * `protectedSheets`: no new marks there, old ones stay, hidden after a clear.
 */
export async function replaceMarks(
  door: Door,
  plan: MarkPlan | undefined
): Promise<HighlightResult> {
  if (!door.req.has("highlight"))
    throw new PortError("unsupported", "Highlights need ExcelApi 1.6", {
      requirement: `ExcelApi ${FEATURE_SETS.highlight}`,
    });
  const areas = door.req.has("rangeAreas");
  return door.batch(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/protection/protected");
    const names = context.workbook.names;
    const name = names.getItemOrNullObject(MARK_NAME);
    name.load("name");
    await context.sync();

    let skipped = plan?.skipped ?? 0;
    let blocked = 0;
    const locked = new Set<string>();
    const failed = new Set<string>();
    const byName = new Map(sheets.items.map((ws) => [ws.name, ws]));
    const wanted = new Map<string, MarkRule[]>();
    for (const [sheet, runs] of plan?.bySheet ?? []) {
      const ws = byName.get(sheet);
      const cells = runs.reduce((n, r) => n + r.cells, 0);
      if (ws && !ws.protection.protected) wanted.set(sheet, markRules(runs, areas));
      else if (ws) {
        locked.add(ws.name);
        blocked += cells;
      } else skipped += cells;
    }

    // The kill switch first: `=FALSE` hides every mark at once, protected sheets included.
    const showing = plan !== undefined;
    const formula = showing ? "=TRUE" : "=FALSE";
    if (name.isNullObject) {
      if (showing && wanted.size > 0) names.add(MARK_NAME, formula);
    } else if (door.req.has("nameFormula")) name.formula = formula;
    else {
      name.delete();
      names.add(MARK_NAME, formula);
    }
    const formats = sheets.items.map((ws) => {
      const cfs = ws.getRange().conditionalFormats;
      // With ids loaded, office.js addresses each item by id rather than by position.
      cfs.load("items/id,items/type");
      return cfs;
    });
    await context.sync();

    // Only custom rules can be ours; no other kind of rule is read (office-js #6827).
    const custom = formats.map((cfs) => cfs.items.filter((cf) => cf.type === "Custom"));
    const loadRules = (i: number) =>
      custom[i].forEach((cf) => cf.load("customOrNullObject/rule/formula"));
    if (custom.some((list) => list.length > 0)) {
      custom.forEach((_, i) => loadRules(i));
      try {
        await context.sync();
      } catch {
        // One sheet's unreadable rule fails the whole request: read sheet by sheet to find it.
        for (let i = 0; i < custom.length; i++) {
          if (custom[i].length === 0) continue;
          loadRules(i);
          try {
            // Only after a failure, and once per sheet.
            // eslint-disable-next-line office-addins/no-context-sync-in-loop
            await context.sync();
          } catch {
            failed.add(sheets.items[i].name);
          }
        }
      }
    }

    let marked = 0;
    let leftover = false;
    for (let i = 0; i < sheets.items.length; i++) {
      const ws = sheets.items[i];
      const rules = wanted.get(ws.name) ?? [];
      const cells = rules.reduce((n, r) => n + r.cells, 0);
      if (failed.has(ws.name)) {
        skipped += cells;
        continue;
      }
      const ours = custom[i].filter(
        (cf) => !cf.customOrNullObject.isNullObject && isOurRule(cf.customOrNullObject.rule.formula)
      );
      if (ws.protection.protected) {
        if (ours.length > 0) {
          leftover = true;
          locked.add(ws.name);
        }
        continue;
      }
      // Delete before add, so the request never holds both an old and a new mark of ours.
      const writes: WriteOp[] = ours.map((cf) => ({ ops: 1, apply: () => cf.delete() }));
      for (const rule of rules)
        writes.push({
          ops: MARK_OPS,
          apply: () => {
            const target = areas ? ws.getRanges(rule.address) : ws.getRange(rule.address);
            const cf = target.conditionalFormats.add("Custom");
            cf.custom.rule.formula = MARK_FORMULA;
            cf.custom.format.fill.color = MARK_COLORS[rule.severity].fill;
            cf.custom.format.font.color = MARK_COLORS[rule.severity].font;
          },
        });
      if (writes.length === 0) continue;
      try {
        for (const request of packRequests(writes, (w) => w.ops, MAX_WRITE_OPS_PER_REQUEST)) {
          for (const w of request) w.apply();
          // One request per sheet (bounded, see requestBudget.ts): a failure stays on its sheet.
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
        }
        marked += cells;
      } catch {
        failed.add(ws.name);
        skipped += cells;
      }
    }
    if (!showing && !name.isNullObject && !leftover && failed.size === 0) {
      name.delete();
      await context.sync();
    }
    const result: HighlightResult = { marked, skipped };
    if (locked.size > 0) Object.assign(result, { blocked, protectedSheets: [...locked] });
    if (failed.size > 0) result.failedSheets = [...failed];
    return result;
  });
}
