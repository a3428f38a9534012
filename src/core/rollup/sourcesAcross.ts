import type { CheckResult } from "../check";
import { effectiveReportYear } from "../reportYear";
import { fold } from "../text/fold";
import { acrossAt } from "./acrossFinding";
import type { RowsOfSource, SourceRow } from "./sourceRows";
import type { AcrossFinding } from "./types";
import { firstUnitRow } from "./unitsAcross";

/**
 * A source whose year or province differs from the rest. A source's year is the report year of
 * its dated rows (the year most of its fairs start in, else most of its decisions: the rule the
 * report itself follows, settings aside); its province is its settings'. "The rest" is the
 * value most sources share, a tie going to the earliest source. Each odd source is named once
 * per difference, at its first row of that year (or naming a unit), against the first source
 * of the common value.
 */
export function sourcesAcross(
  rows: readonly RowsOfSource[],
  perFile: readonly { result: CheckResult }[],
  provinces: readonly string[]
): AcrossFinding[] {
  const out: AcrossFinding[] = [];
  const years = perFile.map((p) => effectiveReportYear(p.result.typed, {}));
  const commonYear = mostCommon(years.map((y) => (y === undefined ? undefined : String(y))));
  if (commonYear !== undefined) {
    const otherAt = years.findIndex((y) => String(y) === commonYear);
    const other = datedRow(rows[otherAt], Number(commonYear));
    years.forEach((year, s) => {
      if (year === undefined || String(year) === commonYear || !other) return;
      const here = datedRow(rows[s], year);
      if (!here) return;
      out.push(
        acrossAt("across.source.yearMismatch", here.row, here.key, other.row, other.key, {
          year,
          otherYear: Number(commonYear),
        })
      );
    });
  }
  const commonProvince = mostCommon(provinces.map(fold));
  const otherAt = provinces.findIndex((p) => fold(p) === commonProvince);
  const other = otherAt >= 0 ? firstUnitRow(rows[otherAt]) : undefined;
  provinces.forEach((province, s) => {
    if (fold(province) === commonProvince || !other) return;
    const here = firstUnitRow(rows[s]);
    if (!here) return;
    out.push(
      acrossAt("across.source.provinceMismatch", here, "district", other, "district", {
        province,
        otherProvince: provinces[otherAt],
      })
    );
  });
  return out;
}

/** The first row dated in `year`: a fair by its start date, else a product by its decision. */
function datedRow(
  rows: RowsOfSource,
  year: number
): { row: SourceRow; key: "startDate" | "decisionDate" } | undefined {
  const inYear = (date: string | undefined) => date?.startsWith(`${year}-`) ?? false;
  const fair = rows.fairs.find((r) => inYear(r.typed.startDate));
  if (fair) return { row: fair, key: "startDate" };
  const product = rows.products.find((r) => inYear(r.typed.decisionDate));
  return product ? { row: product, key: "decisionDate" } : undefined;
}

/** The value most entries share (undefined ones aside); a tie goes to the earliest. */
function mostCommon(values: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [v, n] of counts) if (n > bestCount) [best, bestCount] = [v, n];
  return best;
}
