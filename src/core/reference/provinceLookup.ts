import { distance } from "fastest-levenshtein";
import { fold } from "../text/fold";
import { provincesInForce, resolveProvince, type Province, type ProvinceMatch } from "./provinces";

/**
 * Province look-ups that need no unit data, so the pane's picker and the CLI's `--province`
 * check can answer before (or without) loading the national reference.
 */

/** A province as written, found in the list in force on a date; an old name gets its successor. */
export type ProvinceFound = Exclude<ProvinceMatch, { kind: "unknown" }>;

/**
 * "tỉnh An Giang", "TP Cần Thơ", "Hau Giang" on a date: in force (ok), or an old name after
 * 01/7/2025 (outdated, with its successor). Undefined when unknown ("An Giag").
 */
export function provinceByName(name: string, isoDate: string): ProvinceFound | undefined {
  const match = resolveProvince(name, isoDate);
  return match.kind === "unknown" ? undefined : match;
}

/** The province in force on the date that a name means: itself, or its successor. */
export function provinceOn(province: string | Province, isoDate: string): Province | undefined {
  const found = provinceByName(typeof province === "string" ? province : province.name, isoDate);
  return found?.kind === "outdated" ? found.successor : found?.province;
}

// Every provincial record of both eras: tỉnh Thừa Thiên Huế ends 31/12/2024, the 63 on 30/6/2025.
const ALL_PROVINCES: readonly Province[] = [
  ...new Set(["2024-12-31", "2025-06-30", "2025-07-01"].flatMap((d) => provincesInForce(d))),
];

/**
 * The names in force on the date nearest to a misspelt one, best first ("An Giag" → An Giang;
 * "Kien Giag" in 2026 → An Giang, its successor). Without a date, names of both eras. About one
 * typo per four letters is allowed (as `nearest` in text/suggest.ts); a stranger gets none.
 */
export function nearestProvinceNames(name: string, isoDate?: string): string[] {
  const key = fold(name).replace(/^(tinh|thanh pho|tp) /, "");
  if (key === "") return [];
  const limit = Math.min(3, Math.max(1, Math.floor(key.length / 4)));
  const scored = new Map<string, number>();
  for (const record of ALL_PROVINCES) {
    const spellings = [record.name, ...record.aliases];
    const d = Math.min(...spellings.map((s) => distance(key, fold(s))));
    if (d > limit) continue;
    const inForce = isoDate ? provinceOn(record.name, isoDate)?.name : record.name;
    if (inForce && d < (scored.get(inForce) ?? Infinity)) scored.set(inForce, d);
  }
  return [...scored.entries()]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0], "vi"))
    .map(([n]) => n);
}

/**
 * A name that means a province in either era (63 before 01/7/2025, 34 from then): "Kiên Giang"
 * and "An Giang" are, "An Giag" is not. Lets a door refuse an unknown province up front.
 */
export function isProvinceName(name: string): boolean {
  return ["2024-12-31", "2025-06-30", "2025-07-01"].some(
    (d) => provinceByName(name, d) !== undefined
  );
}
