import { DISTRICT_LEVEL_ENDED } from "../reference/units";
import { fold } from "../text/fold";
import { shortDate } from "../text/wording";
import type { ReportOptions, RowRef } from "./model";
import { figure, type Phrase } from "./phrase";
import { unitText } from "./placeInRunningText";
import { UNIT_TYPE_ORDER } from "./unitBreakdown";

interface Dated {
  row: number;
  unit: string;
  date: string;
}

/**
 * "10 huyện, thị xã, thành phố": the distinct units of the rows, named by the types they had on
 * the rows' dates (a unit by its latest row), as one figure holding every row. A year across
 * 01/7/2025 says each era: "05 huyện, thị xã trước ngày 01/07/2025 và 03 xã, phường từ ngày ...".
 */
export function unitsFigure(
  rows: readonly Dated[],
  options: ReportOptions,
  count: (n: number) => string,
  ref: (row: number) => RowRef
): Phrase {
  const before = rows.filter((r) => r.date < DISTRICT_LEVEL_ENDED);
  const after = rows.filter((r) => r.date >= DISTRICT_LEVEL_ENDED);
  if (before.length === 0 || after.length === 0) return [eraFigure(rows, options, count, ref)];
  const reform = shortDate(DISTRICT_LEVEL_ENDED);
  return [
    eraFigure(before, options, count, ref),
    ` trước ngày ${reform} và `,
    eraFigure(after, options, count, ref),
    ` từ ngày ${reform}`,
  ];
}

function eraFigure(
  rows: readonly Dated[],
  options: ReportOptions,
  count: (n: number) => string,
  ref: (row: number) => RowRef
) {
  const units = new Map<string, { type?: string; date: string }>();
  for (const r of rows) {
    const u = unitText(r.unit, options.province, r.date, options.units, options.reference);
    const key = fold(u.key);
    const seen = units.get(key);
    if (!seen || r.date >= seen.date) units.set(key, { type: u.type, date: r.date });
  }
  const present = new Set([...units.values()].map((u) => u.type));
  const types = UNIT_TYPE_ORDER.filter((t) => present.has(t));
  const words = types.length > 0 ? types.join(", ") : "địa phương";
  return figure(
    `${count(units.size)} ${words}`,
    [...rows].sort((a, b) => a.row - b.row).map((r) => ref(r.row))
  );
}
