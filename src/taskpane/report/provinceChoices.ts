import { provinceByName } from "../../core/reference/provinceLookup";
import { provincesInForce } from "../../core/reference/provinces";
import { DISTRICT_LEVEL_ENDED } from "../../core/reference/units";
import { fold } from "../../core/text/fold";

/**
 * The province picker's lists: the provinces in force for the report year first (34 from
 * 01/7/2025, NQ 202/2025/QH15; 63 before), then the other era's names not already listed, so
 * a 2026 report can still be written for "Kiên Giang" and a 2024 one for "Huế".
 */
export interface ProvinceGroup {
  era: "after" | "before";
  names: string[];
}

// The last day of the 63 and the first of the 34.
const LAST_DAY_BEFORE = "2025-06-30";

/** The date a report year's list is taken on: its last day (a 2025 report is written under the 34). */
export function listDateOf(year: number): string {
  return `${year}-12-31`;
}

export function provinceGroups(year: number): ProvinceGroup[] {
  const date = listDateOf(year);
  const after = date >= DISTRICT_LEVEL_ENDED;
  const first = names(provincesInForce(date));
  const otherDate = after ? LAST_DAY_BEFORE : DISTRICT_LEVEL_ENDED;
  const listed = new Set(first);
  const other = names(provincesInForce(otherDate)).filter((n) => !listed.has(n));
  return [
    { era: after ? "after" : "before", names: first },
    { era: after ? "before" : "after", names: other },
  ];
}

function names(list: readonly { name: string }[]): string[] {
  return list.map((p) => p.name).sort((a, b) => a.localeCompare(b, "vi"));
}

/** The groups cut down to the names containing the typed text (folded: "hue" finds Huế). */
export function filterGroups(groups: readonly ProvinceGroup[], typed: string): ProvinceGroup[] {
  const key = fold(typed).replace(/^(tinh|thanh pho|tp\.?) /, "");
  return groups
    .map((g) => ({ ...g, names: g.names.filter((n) => fold(n).includes(key)) }))
    .filter((g) => g.names.length > 0);
}

/**
 * The canonical name a typed province means in either era ("tp hcm" → Hồ Chí Minh, "Kien Giang"
 * → Kiên Giang); undefined when it is none.
 */
export function provinceNamed(typed: string, year: number): string | undefined {
  for (const date of [listDateOf(year), LAST_DAY_BEFORE, DISTRICT_LEVEL_ENDED]) {
    const found = provinceByName(typed, date);
    if (found) return found.province.name;
  }
  return undefined;
}
