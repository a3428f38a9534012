import type { FairRow } from "../sheets/rows";
import { shortDate } from "../text/wording";
import type { Finding } from "../findings/finding";
import { daysInclusive, yearOf } from "../isoDate";
import { repeats } from "./repeats";
import type { RowRule, RuleContext } from "./ruleContext";

/** Longest fair taken as plausible; a longer one is usually a mistyped month or year. */
export const MAX_FAIR_DAYS = 31;

export const endBeforeStart: RowRule<FairRow> = (fair, ctx) => {
  if (!fair.startDate || !fair.endDate || fair.endDate >= fair.startDate) return undefined;
  return ctx.at("fairs", fair.row, "endDate", {
    code: "fairs.endDate.beforeStart",
    value: shortDate(fair.endDate),
    params: { startDate: fair.startDate, endDate: fair.endDate },
  });
};

/** Both ends count: a fair from 01/8 to 31/8 lasts 31 days and passes. */
export const fairTooLong: RowRule<FairRow> = (fair, ctx) => {
  if (!fair.startDate || !fair.endDate) return undefined;
  const days = daysInclusive(fair.startDate, fair.endDate);
  if (!(days > MAX_FAIR_DAYS)) return undefined;
  return ctx.at("fairs", fair.row, "endDate", {
    code: "fairs.endDate.tooLong",
    value: shortDate(fair.endDate),
    params: { days, maxDays: MAX_FAIR_DAYS, startDate: fair.startDate, endDate: fair.endDate },
  });
};

/**
 * A fair that runs into the report year (28/12 to 03/01) belongs to it: only a fair whose whole
 * span lies in another year is outside.
 */
export const outsideReportYear: RowRule<FairRow> = (fair, ctx) => {
  if (ctx.reportYear === undefined || !fair.startDate) return undefined;
  const first = yearOf(fair.startDate);
  const last = fair.endDate && fair.endDate > fair.startDate ? yearOf(fair.endDate) : first;
  if (first <= ctx.reportYear && ctx.reportYear <= last) return undefined;
  return ctx.at("fairs", fair.row, "startDate", {
    code: "fairs.startDate.outsideReportYear",
    value: shortDate(fair.startDate),
    params: { startDate: fair.startDate, reportYear: ctx.reportYear },
  });
};

export const FAIR_ROW_RULES: readonly RowRule<FairRow>[] = [
  endBeforeStart,
  fairTooLong,
  outsideReportYear,
];

/** Every repeat of a fair code (compared folded: "hc01" repeats "HC01"), naming the first row. */
export function duplicateFairCodes(ctx: RuleContext): Finding[] {
  const keyOf = (fair: FairRow) => (fair.fairCode ? ctx.key(fair.fairCode) : undefined);
  return repeats(ctx.typed.fairs, keyOf).flatMap(
    ({ repeat, firstRow }) =>
      ctx.at("fairs", repeat.row, "fairCode", {
        code: "fairs.fairCode.duplicate",
        value: repeat.fairCode,
        params: { fairCode: repeat.fairCode!, firstRow },
      }) ?? []
  );
}
