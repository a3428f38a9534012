import { checkWorkbook, type CheckOptions, type CheckResult } from "../../core/check";
import { IncrementalChecker } from "../../core/incremental/incrementalChecker";
import type { Settings } from "../../core/settings";
export { loadNationalReference } from "../../core/reference/national";
import type { RawWorkbook } from "../../core/sheets/rawSheet";

/**
 * The core's check for the page's own thread, whole or incremental. `checker.ts` loads this
 * module on the first check, so the rules, the readers and zod are not in the pane's first load.
 */
const incremental = new IncrementalChecker();

export function checkHere(
  raw: RawWorkbook,
  settings: Settings,
  options: CheckOptions,
  live: boolean
): CheckResult {
  return live ? incremental.check(raw, settings, options) : checkWorkbook(raw, settings, options);
}

/** Drops the incremental checker's copy of the grid (live mode stopped). */
export function forgetLiveGrid(): void {
  incremental.reset();
}
