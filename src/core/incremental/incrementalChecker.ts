import type { CheckOptions, CheckResult } from "../check";
import { compareFindings, summarize, type Finding } from "../findings/finding";
import { dismissalKey, findingKey } from "../findings/findingKey";
import { effectiveReportYear } from "../reportYear";
import { validate } from "../rules/validate";
import type { Settings } from "../settings";
import { HEADER_SEARCH_ROWS } from "../sheets/findHeader";
import { identifySheets } from "../sheets/identifySheets";
import { isColumnNumbering } from "../sheets/readSheetRows";
import type { RawSheet, RawWorkbook } from "../sheets/rawSheet";
import { readWorkbook } from "../sheets/readWorkbook";
import type { ExhibitRow, ProductRow, TypedWorkbook } from "../sheets/rows";
import { rowsWithErrors } from "../sheets/rowsWithErrors";
import { sheetOrigin } from "../sheets/sheetFindings";
import {
  changedRows,
  rowChanged,
  sameStructure,
  snapshotOf,
  updateSnapshot,
  type WorkbookSnapshot,
} from "./gridSnapshot";
import { LINKED_KINDS, linkKey, type LinkedKind } from "./links";
import { mergeFindings } from "./mergeFindings";
import { RowStore, type LinkedRow } from "./rowStore";
import { replaceRows } from "./sortedRows";

/** Per sheet of the workbook: which edits can be taken row by row. */
interface Guard {
  /** The linked sheet this is, if any: its data rows are re-checked a few at a time. */
  kind?: LinkedKind;
  /** 0-based grid row of its (last) header row. */
  headerIndex: number;
  /** Any edit in it needs a whole check (fairs, lists, a sheet found without a header). */
  whole: boolean;
}
interface State {
  settingsKey: string;
  today: string;
  reference: CheckOptions["reference"];
  snapshot: WorkbookSnapshot;
  guards: Guard[];
  /** Which sheet is which kind, with which header: an edit in the first rows must keep it. */
  identity: string;
  stores: Partial<Record<LinkedKind, RowStore>>;
  reportYear: number | undefined;
  dismissed: Set<string>;
  /** All findings before dismissals (a whole check's `all`). */
  total: number;
  result: CheckResult;
}

/** How the last call went, for the bench and the tests: a whole check or a few rows. */
export interface RecheckStats {
  mode: "full" | "unchanged" | "rows";
  /** Why a whole check ran, when it did. */
  reason?: string;
  /** Rows re-read, per linked kind, and rows re-checked by the rules (theirs and linked ones). */
  reread: number;
  rechecked: number;
}

/**
 * `checkWorkbook`, remembering what it found so the next call re-checks only what changed
 * (live mode: one cell edited in 50,000 rows). Each call compares the grid with a copy of the
 * last one; the edited rows of the exhibits and ranked sheets are read again (the reader on a
 * grid holding only them), and the rules run on those rows plus the rows linked to them by the
 * keys they had and have (links.ts), with all fairs. Anything else falls back to a whole check:
 * other settings or day, a sheet added, renamed or moved, an edit in the first rows (headers),
 * in the fairs or lists sheet, or one that moves the report year. The result equals a whole
 * `checkWorkbook` of the same grid: findings, order, summary and rows with errors (the property
 * test in tests/core/incremental proves it on random edits).
 */
export class IncrementalChecker {
  private state: State | undefined;
  /** What the last `check` did. */
  last: RecheckStats = { mode: "full", reread: 0, rechecked: 0 };

  check(raw: RawWorkbook, settings: Settings, options: CheckOptions): CheckResult {
    const reason = this.blocker(raw, settings, options);
    if (reason) return this.full(raw, settings, options, reason);
    const state = this.state!;
    const changed = this.changes(state, raw);
    if (changed === undefined) return this.full(raw, settings, options, "edit above a header");
    if (LINKED_KINDS.every((k) => changed[k].length === 0)) {
      this.last = { mode: "unchanged", reread: 0, rechecked: 0 };
      return state.result;
    }
    return (
      this.rows(state, raw, settings, options, changed) ??
      this.full(raw, settings, options, "the report year moved")
    );
  }

  /** Forget the last check: the next one is whole. */
  reset(): void {
    this.state = undefined;
  }

  private blocker(raw: RawWorkbook, settings: Settings, options: CheckOptions): string | undefined {
    const state = this.state;
    if (!state) return "first check";
    if (state.today !== options.today || state.reference !== options.reference) return "options";
    if (state.settingsKey !== JSON.stringify(settings)) return "settings";
    if (!sameStructure(state.snapshot, raw)) return "sheets";
    return undefined;
  }

  /** Edited rows (0-based) of each linked sheet; undefined when an edit needs a whole check. */
  private changes(state: State, raw: RawWorkbook): Record<LinkedKind, number[]> | undefined {
    const out: Record<LinkedKind, number[]> = { exhibits: [], products: [] };
    const sheets = raw.sheets ?? [];
    let nearTop = false;
    for (let i = 0; i < sheets.length; i++) {
      const old = state.snapshot.sheets[i];
      const sheet = sheets[i];
      const { kind, headerIndex, whole } = state.guards[i];
      if (whole) {
        if (changedRows(old, sheet, 0).length > 0) return undefined;
        continue;
      }
      if (!kind) {
        // Another sheet: only its first rows could make it a tracking sheet (findHeader).
        const top = Math.min(HEADER_SEARCH_ROWS, Math.max(old.values.length, sheet.values.length));
        for (let r = 0; r < top; r++) if (rowChanged(old, sheet, r)) nearTop = true;
        continue;
      }
      const rows = changedRows(old, sheet, 0);
      if (rows.length > 0 && rows[0] < HEADER_SEARCH_ROWS) nearTop = true;
      // The row under the header is data unless it numbers the columns: (1) (2) (3) ...
      const under = headerIndex + 1;
      if (rows.includes(under) && numbering(old.values[under]) !== numbering(sheet.values[under]))
        return undefined;
      out[kind] = rows.filter((r) => r > headerIndex);
      // Title and header rows edited with the header read the same: nothing to re-check there.
      updateSnapshot(
        old,
        sheet,
        rows.filter((r) => r <= headerIndex)
      );
    }
    if (nearTop && identityOf(raw) !== state.identity) return undefined;
    return out;
  }

  private full(
    raw: RawWorkbook,
    settings: Settings,
    options: CheckOptions,
    reason: string
  ): CheckResult {
    const read = readWorkbook(raw, settings, options);
    const ruled = validate(read.typed, settings, options);
    const all = [...read.findings, ...ruled];
    const dismissed = new Set(settings.dismissed.map(dismissalKey));
    const findings = all.filter((f) => !dismissed.has(findingKey(f))).sort(compareFindings);
    const typed = { ...read.typed, rowsWithErrors: rowsWithErrors(read.typed.locations, findings) };
    const result: CheckResult = {
      typed,
      findings,
      summary: summarize(findings),
      dismissedCount: all.length - findings.length,
    };
    const sheets = raw.sheets ?? [];
    const guards: Guard[] = sheets.map(() => ({ headerIndex: 0, whole: false }));
    for (const kind of ["fairs", "lists"] as const) {
      const at = sheets.findIndex((s) => s.name === typed.locations[kind]?.sheet);
      if (at >= 0) guards[at] = { headerIndex: 0, whole: true };
    }
    const stores: State["stores"] = {};
    for (const kind of LINKED_KINDS) {
      const location = typed.locations[kind];
      const at = sheets.findIndex((s) => s.name === location?.sheet);
      if (!location || at < 0) continue;
      if (location.headerRow === 0) {
        guards[at] = { headerIndex: 0, whole: true }; // found by name without a header
        continue;
      }
      const headerIndex = location.headerRow - sheetOrigin(sheets[at]).row;
      guards[at] = { kind, headerIndex, whole: false };
      stores[kind] = new RowStore(location, typed[kind] as LinkedRow[], read.findings, ruled);
    }
    this.state = {
      settingsKey: JSON.stringify(settings),
      today: options.today,
      reference: options.reference,
      snapshot: snapshotOf(raw),
      guards,
      identity: identityOf(raw),
      stores,
      reportYear: effectiveReportYear(typed, settings),
      dismissed,
      total: all.length,
      result,
    };
    this.last = { mode: "full", reason, reread: 0, rechecked: 0 };
    return result;
  }

  /** The edited rows re-read and re-checked with their linked rows; undefined: check whole. */
  private rows(
    state: State,
    raw: RawWorkbook,
    settings: Settings,
    options: CheckOptions,
    changed: Record<LinkedKind, number[]>
  ): CheckResult | undefined {
    const sheets = raw.sheets ?? [];
    const sparse: RawWorkbook = {
      ...raw,
      sheets: sheets.map((sheet, i) => {
        const { kind, headerIndex } = state.guards[i];
        return kind ? onlyRows(sheet, headerIndex + 2, changed[kind]) : sheet;
      }),
    };
    const read = readWorkbook(sparse, settings, options);
    const previous = state.result.typed;
    for (const kind of LINKED_KINDS) {
      if (read.typed.locations[kind]?.headerRow !== previous.locations[kind]?.headerRow)
        return undefined; // cannot happen with the header rows unchanged; checked, not assumed
    }

    // Replace the edited rows; the link keys they had and have now name the rows to re-check.
    const keys = new Set<string>();
    const oldSizes: Record<LinkedKind, Map<number, number>> = {
      exhibits: new Map(),
      products: new Map(),
    };
    const edited: Record<LinkedKind, Set<number>> = { exhibits: new Set(), products: new Set() };
    let reread = 0;
    for (const kind of LINKED_KINDS) {
      const store = state.stores[kind];
      if (!store || changed[kind].length === 0) continue;
      const at = sheets.findIndex((s) => s.name === store.sheet);
      const top = sheetOrigin(sheets[at]).row;
      const rows = new Set(changed[kind].map((r) => top + r));
      edited[kind] = rows;
      reread += rows.size;
      const fresh = (read.typed[kind] as LinkedRow[]).filter((row) => rows.has(row.row));
      const findings = store.byRowOf(read.findings);
      for (const row of rows) {
        oldSizes[kind].set(row, store.size(row));
        const old = store.remove(row);
        if (old) keys.add(linkKey(old, store.key));
        store.read.delete(row);
        store.rules.delete(row);
        const mine = findings.get(row);
        if (mine) store.read.set(row, mine);
      }
      for (const row of fresh) {
        store.add(row);
        keys.add(linkKey(row, store.key));
      }
      store.rows = replaceRows(store.rows, rows, fresh);
      updateSnapshot(state.snapshot.sheets[at], sheets[at], changed[kind]);
    }
    keys.delete("");

    const typed: TypedWorkbook = {
      ...previous,
      exhibits: (state.stores.exhibits?.rows as ExhibitRow[] | undefined) ?? previous.exhibits,
      products: (state.stores.products?.rows as ProductRow[] | undefined) ?? previous.products,
    };
    // The report year comes from all fairs, else all decisions: a shift re-judges every row.
    const year = effectiveReportYear(typed, settings);
    if (year !== state.reportYear) return undefined;

    // The rules on the rows to re-check, all fairs and nothing else: the same findings on them
    // as on the whole workbook, since no rule joins them to the rows left out (links.ts).
    const subset: TypedWorkbook = { ...typed, rowsWithErrors: {} };
    const rechecked: Record<LinkedKind, Set<number>> = { exhibits: new Set(), products: new Set() };
    for (const kind of LINKED_KINDS) {
      const store = state.stores[kind];
      if (!store) continue;
      const rows = store.linkedTo(keys);
      for (const row of edited[kind]) if (store.byRow.has(row)) rows.add(row);
      rechecked[kind] = rows;
      const picked = [...rows].sort((a, b) => a - b).map((row) => store.byRow.get(row)!);
      (subset as Record<LinkedKind, unknown[]>)[kind] = picked;
    }
    const pinned =
      settings.reportYear === undefined && year !== undefined
        ? { ...settings, reportYear: year }
        : settings;
    const ruled = validate(subset, pinned, options);

    const fresh: Finding[] = [];
    const touched = new Map<string, Set<number>>();
    let total = state.total;
    for (const kind of LINKED_KINDS) {
      const store = state.stores[kind];
      if (!store) continue;
      const findings = store.byRowOf(ruled);
      for (const row of rechecked[kind]) {
        if (!oldSizes[kind].has(row)) oldSizes[kind].set(row, store.size(row));
        const mine = findings.get(row);
        if (mine) store.rules.set(row, mine);
        else store.rules.delete(row);
      }
      const rows = new Set([...edited[kind], ...rechecked[kind]]);
      touched.set(store.sheet, rows);
      for (const row of rows) {
        const bucket = store.bucket(row);
        total += bucket.length - oldSizes[kind].get(row)!;
        for (const f of bucket) if (!state.dismissed.has(findingKey(f))) fresh.push(f);
      }
    }
    // Stable: on one cell, reading findings before the rules', as in a whole check.
    fresh.sort(compareFindings);
    const findings = mergeFindings(state.result.findings, touched, fresh);
    const result: CheckResult = {
      typed: { ...typed, rowsWithErrors: rowsWithErrors(typed.locations, findings) },
      findings,
      summary: summarize(findings),
      dismissedCount: total - findings.length,
    };
    state.total = total;
    state.result = result;
    this.last = {
      mode: "rows",
      reread,
      rechecked: rechecked.exhibits.size + rechecked.products.size,
    };
    return result;
  }
}

/** The sheet with only its top rows (headers) and the given rows: the rest reads as blank. */
function onlyRows(sheet: RawSheet, top: number, rows: readonly number[]): RawSheet {
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

function numbering(row: RawSheet["values"][number] | undefined): boolean {
  return row ? isColumnNumbering(row) : false;
}

/**
 * Which sheet holds which kind and where its header is, as `identifySheets` finds them from
 * the first rows of each sheet (all it reads, with whether a sheet holds anything).
 */
function identityOf(raw: RawWorkbook): string {
  const tops = (raw.sheets ?? []).map((s) => ({
    ...s,
    values: s.values.slice(0, HEADER_SEARCH_ROWS),
  }));
  const found = identifySheets(tops);
  return JSON.stringify(
    [...found].map(([kind, hit]) => [
      kind,
      hit.sheet.name,
      hit.header?.headerIndex,
      hit.header?.rowSpan,
      [...(hit.header?.columns ?? [])],
    ])
  );
}
