import { compareFindings, summarize, type Finding, type Severity } from "./findings/finding";
import { dismissalKey, findingKey } from "./findings/findingKey";
import { validate } from "./rules/validate";
import type { NationalReference } from "./reference/national";
import type { Settings } from "./settings";
import type { RawWorkbook } from "./sheets/rawSheet";
import { readWorkbook } from "./sheets/readWorkbook";
import { rowsWithErrors } from "./sheets/rowsWithErrors";
import type { TypedWorkbook } from "./sheets/rows";

export interface CheckOptions {
  /** ISO date taken as "today" (decision dates in the future, expiry). Passed in: the core is deterministic. */
  today: string;
  /**
   * The national units and provinces (`await loadNationalReference()`): required, so no door
   * checks a workbook without its units' lists. The core stays pure: the doors load it.
   */
  reference: NationalReference;
}

export interface CheckResult {
  typed: TypedWorkbook;
  /** Sorted by sheet, row, column; dismissed findings removed. */
  findings: Finding[];
  summary: Record<Severity, number>;
  dismissedCount: number;
}

/** The whole check of domain.md §2–§5: raw grids → typed rows → findings. */
export function checkWorkbook(
  raw: RawWorkbook,
  settings: Settings,
  options: CheckOptions
): CheckResult {
  const read = readWorkbook(raw, settings, options);
  const all = [...read.findings, ...validate(read.typed, settings, options)];
  const dismissed = new Set(settings.dismissed.map(dismissalKey));
  const findings = all.filter((f) => !dismissed.has(findingKey(f))).sort(compareFindings);
  const typed = { ...read.typed, rowsWithErrors: rowsWithErrors(read.typed.locations, findings) };
  return {
    typed,
    findings,
    summary: summarize(findings),
    dismissedCount: all.length - findings.length,
  };
}

export { withDismissed } from "./withDismissed";
