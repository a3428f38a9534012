import type { Settings } from "./settings";
import type { TypedWorkbook } from "./sheets/rows";

/**
 * The year the report and the year-bound checks speak of: the one the user set, else the year
 * most fairs start in (a tie goes to the latest year, the report being written now), else the
 * year most recognition decisions are in, else none.
 */
export function effectiveReportYear(
  typed: Pick<TypedWorkbook, "fairs" | "products">,
  settings: Pick<Settings, "reportYear">
): number | undefined {
  if (settings.reportYear !== undefined) return settings.reportYear;
  return (
    mostCommonYear(typed.fairs.map((f) => f.startDate)) ??
    mostCommonYear(typed.products.map((p) => p.decisionDate))
  );
}

function mostCommonYear(dates: readonly (string | undefined)[]): number | undefined {
  const counts = new Map<number, number>();
  for (const date of dates) {
    if (!date) continue;
    const year = Number(date.slice(0, 4));
    if (Number.isInteger(year)) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const [year, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && year > best)) {
      best = year;
      bestCount = count;
    }
  }
  return best;
}
