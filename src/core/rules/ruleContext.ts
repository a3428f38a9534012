import { expiryDate } from "../reference/ocop";
import { effectiveReportYear } from "../reportYear";
import type { Settings } from "../settings";
import type { ColumnKey, TypedWorkbook } from "../sheets/rows";
import { fold } from "../text/fold";
import type { FindingCode } from "../findings/codes";
import type { Finding } from "../findings/finding";
import { isIsoDate } from "../isoDate";
import { findingAt, type RuleFinding, type TrackingKind } from "./findingAt";

/** What every rule may read: the rows, the settings and the dates the check speaks as of. */
export interface RuleContext {
  typed: TypedWorkbook;
  settings: Settings;
  /** ISO date of "today", passed in (the core has no clock). */
  today: string;
  reportYear?: number;
  /** ISO date certificates are judged at: settings.reportDate, else 31/12 of the report year. */
  reportDate?: string;
  /** Folded text for matching names; memoised, since names repeat across thousands of rows. */
  key(text: string): string;
  /** Decision date + 36 months (reference), memoised: decisions share few dates. "" if unreadable. */
  expiry(decisionDate: string): string;
  /** A finding on a cell, or undefined when its sheet or column is missing. */
  at<K extends TrackingKind, C extends FindingCode>(
    kind: K,
    row: number,
    columnKey: ColumnKey<K>,
    spec: RuleFinding<C>
  ): Finding | undefined;
}

export function ruleContext(
  typed: TypedWorkbook,
  settings: Settings,
  options: { today: string }
): RuleContext {
  const reportYear = effectiveReportYear(typed, settings);
  const reportDate = isIsoDate(settings.reportDate)
    ? settings.reportDate
    : reportYear === undefined
      ? undefined
      : `${reportYear}-12-31`;
  return {
    typed,
    settings,
    today: options.today,
    reportYear,
    reportDate,
    key: memoised(fold),
    expiry: memoised(expiryDate),
    at: (kind, row, columnKey, spec) => findingAt(typed, kind, row, columnKey, spec),
  };
}

function memoised(compute: (text: string) => string): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let result = known.get(text);
    if (result === undefined) {
      result = compute(text);
      known.set(text, result);
    }
    return result;
  };
}

/** A rule that looks at one row at a time. */
export type RowRule<Row> = (row: Row, ctx: RuleContext) => Finding | undefined;

/** A rule that needs several rows or sheets at once (duplicates, cross-references). */
export type SheetRule = (ctx: RuleContext) => Finding[];

export function applyRowRules<Row>(
  rows: readonly Row[],
  rules: readonly RowRule<Row>[],
  ctx: RuleContext
): Finding[] {
  const out: Finding[] = [];
  for (const row of rows) {
    for (const rule of rules) {
      const finding = rule(row, ctx);
      if (finding) out.push(finding);
    }
  }
  return out;
}
