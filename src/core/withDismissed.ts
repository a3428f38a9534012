import type { CheckResult } from "./check";
import { summarize } from "./findings/finding";
import { findingKey } from "./findings/findingKey";
import { rowsWithErrors } from "./sheets/rowsWithErrors";

/**
 * The result with one finding dismissed (by `findingKey`): counts and the rows the report leaves
 * out follow, as a fresh check with that dismissal would give.
 */
export function withDismissed(result: CheckResult, key: string): CheckResult {
  const findings = result.findings.filter((f) => findingKey(f) !== key);
  if (findings.length === result.findings.length) return result;
  return {
    ...result,
    findings,
    summary: summarize(findings),
    dismissedCount: result.dismissedCount + 1,
    typed: { ...result.typed, rowsWithErrors: rowsWithErrors(result.typed.locations, findings) },
  };
}
