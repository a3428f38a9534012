import type { CheckOptions, CheckResult } from "../check";
import { compareFindings, summarize, type Finding } from "../findings/finding";
import { effectiveReportYear } from "../reportYear";
import { validate } from "../rules/validate";
import type { Settings } from "../settings";
import type { RawWorkbook } from "../sheets/rawSheet";
import { readWorkbook } from "../sheets/readWorkbook";
import type { ExhibitRow, ProductRow, SheetLocation, TypedWorkbook } from "../sheets/rows";
import { rowsWithErrors } from "../sheets/rowsWithErrors";
import { sheetOrigin } from "../sheets/sheetFindings";
import { dismissedTest } from "./dismissals";
import { fairDatesKey } from "./fairDates";
import { sameStructure, snapshotOf, updateSnapshot, type WorkbookSnapshot } from "./gridSnapshot";
import { editedRows, guardsOf, identityOf, onlyRows, type Edits, type Guard } from "./guards";
import { LINKED_KINDS, linkKey, type LinkedKind } from "./links";
import { mergeFindings } from "./mergeFindings";
import { RowStore, type LinkedRow } from "./rowStore";
import { replaceRows } from "./sortedRows";

interface State {
  /** The settings but for dismissals (those only filter), and the options: others check whole. */
  settingsKey: string;
  dismissedKey: string;
  isDismissed: (f: Finding) => boolean;
  today: string;
  reference: CheckOptions["reference"];
  snapshot: WorkbookSnapshot;
  guards: Guard[];
  /** Which sheet is which kind, with which header: an edit in the first rows must keep it. */
  identity: string;
  stores: Partial<Record<LinkedKind, RowStore>>;
  fairs?: SheetLocation;
  reportYear: number | undefined;
  /** Every finding, dismissed ones too, sorted: a whole check's `all`. */
  all: Finding[];
  result: CheckResult;
}

/** How the last call went, for the bench and the tests. */
export interface RecheckStats {
  /**
   * "full": a whole check; "rows": the edited rows re-read and, with their linked rows,
   * re-checked; "rules": the edited rows re-read and every rule run again (a fair edited, the
   * report year moved); "dismissed": only the dismissals changed; "unchanged": nothing did.
   */
  mode: "full" | "rows" | "rules" | "dismissed" | "unchanged";
  /** Why a whole check ran, when it did. */
  reason?: string;
  /** Rows read again, and rows whose rules ran again. */
  reread: number;
  rechecked: number;
}

/**
 * `checkWorkbook`, remembering what it found so the next call re-checks only what changed
 * (live mode: one cell edited in 50,000 rows). Each call compares the grid with a copy of the
 * last one. The edited rows of the tracking sheets are read again (the reader on a grid holding
 * only them and all fairs); the rules run on the edited rows plus the rows linked to them by the
 * product names they had and have (links.ts), with all fairs. An edited fair, or a report year
 * that moved, runs every rule again on the rows as read. A whole check runs on other settings
 * or day, a sheet added, renamed or moved, a header or the sheets' identities changed, an edit
 * in the lists sheet, or a fair code or start date that exhibits are read by. The result equals
 * a whole `checkWorkbook` of the same grid: findings, order, summary and rows with errors (the
 * property test in tests/core/incremental proves it on random edits).
 */
export class IncrementalChecker {
  private state: State | undefined;
  /** What the last `check` did. */
  last: RecheckStats = { mode: "full", reread: 0, rechecked: 0 };

  check(raw: RawWorkbook, settings: Settings, options: CheckOptions): CheckResult {
    const reason = this.blocker(raw, settings, options);
    if (reason) return this.full(raw, settings, options, reason);
    const state = this.state!;
    const edits = editedRows(state.snapshot, state.guards, raw);
    if (edits === undefined || identityOf(raw, edits.nearTop, state.identity) !== state.identity)
      return this.full(raw, settings, options, "a header, a sheet's kind or the lists");
    const dismissedKey = JSON.stringify(settings.dismissed);
    const none = edits.fairs.length + edits.exhibits.length + edits.products.length === 0;
    if (none && dismissedKey === state.dismissedKey) {
      this.last = { mode: "unchanged", reread: 0, rechecked: 0 };
      return state.result;
    }
    if (dismissedKey !== state.dismissedKey) {
      state.dismissedKey = dismissedKey;
      state.isDismissed = dismissedTest(settings.dismissed);
    }
    if (none) {
      this.last = { mode: "dismissed", reread: 0, rechecked: 0 };
      return this.finish(state, state.result.typed);
    }
    return (
      this.rows(state, raw, settings, options, edits) ??
      this.full(raw, settings, options, "a fair's code or start date")
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
    if (state.settingsKey !== settingsKeyOf(settings)) return "settings";
    if (!sameStructure(state.snapshot, raw)) return "sheets";
    return undefined;
  }

  private full(
    raw: RawWorkbook,
    settings: Settings,
    options: CheckOptions,
    reason: string
  ): CheckResult {
    const read = readWorkbook(raw, settings, options);
    const ruled = validate(read.typed, settings, options);
    // Sorted before dismissals: the dismissed drop out of it as out of checkWorkbook's sort.
    const all = [...read.findings, ...ruled].sort(compareFindings);
    const typed = read.typed;
    const sheets = raw.sheets ?? [];
    const guards = guardsOf(sheets, typed.locations);
    const stores: State["stores"] = {};
    for (const kind of LINKED_KINDS) {
      const location = typed.locations[kind];
      if (guards.some((g) => g.kind === kind) && location)
        stores[kind] = new RowStore(location, typed[kind] as LinkedRow[], read.findings, ruled);
    }
    this.state = {
      settingsKey: settingsKeyOf(settings),
      dismissedKey: JSON.stringify(settings.dismissed),
      isDismissed: dismissedTest(settings.dismissed),
      today: options.today,
      reference: options.reference,
      snapshot: snapshotOf(raw),
      guards,
      identity: identityOf(raw, true, ""),
      stores,
      fairs: guards.some((g) => g.kind === "fairs") ? typed.locations.fairs : undefined,
      reportYear: effectiveReportYear(typed, settings),
      all,
      result: undefined as unknown as CheckResult,
    };
    this.last = { mode: "full", reason, reread: 0, rechecked: 0 };
    return this.finish(this.state, typed);
  }

  /** The result of `state.all` with the dismissals left out, over the given rows. */
  private finish(state: State, typed: TypedWorkbook): CheckResult {
    const findings = state.all.filter((f) => !state.isDismissed(f));
    state.result = {
      typed: { ...typed, rowsWithErrors: rowsWithErrors(typed.locations, findings) },
      findings,
      summary: summarize(findings),
      dismissedCount: state.all.length - findings.length,
    };
    return state.result;
  }

  /** The edited rows re-read and re-checked; undefined when only a whole check will do. */
  private rows(
    state: State,
    raw: RawWorkbook,
    settings: Settings,
    options: CheckOptions,
    edits: Edits
  ): CheckResult | undefined {
    const sheets = raw.sheets ?? [];
    const sparse: RawWorkbook = {
      ...raw,
      sheets: sheets.map((sheet, i) => {
        const { kind, headerIndex } = state.guards[i];
        // Fairs are read whole: the first fair of a code dates its exhibits.
        return kind && kind !== "fairs" ? onlyRows(sheet, headerIndex + 2, edits[kind]) : sheet;
      }),
    };
    const read = readWorkbook(sparse, settings, options);
    const previous = state.result.typed;
    for (const kind of ["fairs", ...LINKED_KINDS] as const) {
      if (read.typed.locations[kind]?.headerRow !== previous.locations[kind]?.headerRow)
        return undefined; // cannot happen with the same identities; checked, not assumed
    }
    const fairsEdited = edits.fairs.length > 0;
    if (fairsEdited && fairDatesKey(read.typed.fairs) !== fairDatesKey(previous.fairs))
      return undefined; // exhibits are read at their fair's start date (readWorkbook)
    const fairs = fairsEdited ? read.typed.fairs : previous.fairs;
    const fairsAt = sheets.findIndex((s) => s.name === state.fairs?.sheet);
    if (fairsEdited) updateSnapshot(state.snapshot.sheets[fairsAt], sheets[fairsAt], edits.fairs);

    // Replace the edited rows; the link keys they had and have now name the rows to re-check.
    const keys = new Set<string>();
    const edited: Record<LinkedKind, Set<number>> = { exhibits: new Set(), products: new Set() };
    for (const kind of LINKED_KINDS) {
      const store = state.stores[kind];
      if (!store || edits[kind].length === 0) continue;
      const at = sheets.findIndex((s) => s.name === store.sheet);
      const top = sheetOrigin(sheets[at]).row;
      const rows = new Set(edits[kind].map((r) => top + r));
      edited[kind] = rows;
      const fresh = (read.typed[kind] as LinkedRow[]).filter((row) => rows.has(row.row));
      const findings = store.byRowOf(read.findings);
      for (const row of rows) {
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
      updateSnapshot(state.snapshot.sheets[at], sheets[at], edits[kind]);
    }
    keys.delete("");

    const typed: TypedWorkbook = {
      ...previous,
      fairs,
      exhibits: (state.stores.exhibits?.rows as ExhibitRow[] | undefined) ?? previous.exhibits,
      products: (state.stores.products?.rows as ProductRow[] | undefined) ?? previous.products,
    };
    // The report year comes from all fairs, else all decisions: a move re-judges every row.
    const year = effectiveReportYear(typed, settings);
    const everything = fairsEdited || year !== state.reportYear;
    state.reportYear = year;

    const rechecked: Record<LinkedKind, Set<number>> = { exhibits: new Set(), products: new Set() };
    let ruled: Finding[];
    if (everything) {
      for (const kind of LINKED_KINDS) rechecked[kind] = new Set(state.stores[kind]?.byRow.keys());
      ruled = validate(typed, settings, options);
    } else {
      // The rules on the rows to re-check, all fairs and nothing else: the same findings on
      // them as on the whole workbook, since no rule joins them to the rows left out (links.ts).
      const subset: TypedWorkbook = { ...typed };
      for (const kind of LINKED_KINDS) {
        const store = state.stores[kind];
        if (!store) continue;
        const rows = store.linkedTo(keys);
        for (const row of edited[kind]) if (store.byRow.has(row)) rows.add(row);
        rechecked[kind] = rows;
        const picked = [...rows].sort((a, b) => a - b).map((row) => store.byRow.get(row)!);
        (subset as Record<LinkedKind, unknown[]>)[kind] = picked;
      }
      // The year as the whole workbook gives it, not as the few rows would.
      const pinned =
        settings.reportYear === undefined && year !== undefined
          ? { ...settings, reportYear: year }
          : settings;
      ruled = validate(subset, pinned, options);
    }

    const fresh: Finding[] = [];
    const touched = new Map<string, Set<number>>();
    for (const kind of LINKED_KINDS) {
      const store = state.stores[kind];
      if (!store) continue;
      const findings = store.byRowOf(ruled);
      for (const row of rechecked[kind]) {
        const mine = findings.get(row);
        if (mine) store.rules.set(row, mine);
        else store.rules.delete(row);
      }
      const rows = new Set([...edited[kind], ...rechecked[kind]]);
      touched.set(store.sheet, rows);
      for (const row of rows) fresh.push(...store.bucket(row));
    }
    const fairsOwn = (f: Finding) =>
      state.fairs !== undefined && f.sheet === state.fairs.sheet && f.row > state.fairs.headerRow;
    if (everything) {
      // Reading findings before the rules' on one cell, as in a whole check.
      fresh.push(...read.findings.filter(fairsOwn), ...ruled.filter(fairsOwn));
    }
    fresh.sort(compareFindings);
    const drop = (f: Finding) =>
      touched.get(f.sheet)?.has(f.row) === true || (everything && fairsOwn(f));
    state.all = mergeFindings(state.all, drop, fresh);
    this.last = {
      mode: everything ? "rules" : "rows",
      reread: edits.fairs.length + edited.exhibits.size + edited.products.size,
      rechecked: rechecked.exhibits.size + rechecked.products.size,
    };
    return this.finish(state, typed);
  }
}

function settingsKeyOf(settings: Settings): string {
  return JSON.stringify({ ...settings, dismissed: undefined });
}
