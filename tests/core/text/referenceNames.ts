import { allProvinceNames } from "../../../src/core/reference/provinces";
import { AN_GIANG_2023_UNITS } from "../../../src/core/reference/units";
import { GROUPS, PRODUCT_SETS } from "../../../src/core/reference/ocop";
import { CATEGORIES, LEVELS, PRODUCER_TYPES, STATUSES } from "../../../src/core/reference/ocop";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Every name the reference data holds, as users would type it. */
export function referenceNames(): string[] {
  return [
    ...allProvinceNames(),
    ...AN_GIANG_2023_UNITS.map((u) => u.name),
    ...AN_GIANG_2023_UNITS.map((u) => `${u.type} ${u.name}`),
    ...GROUPS.flatMap((g) => [g.name, ...g.oldNames]),
    ...PRODUCT_SETS.map((s) => s.name),
    ...PRODUCER_TYPES,
    ...CATEGORIES,
    ...LEVELS,
    ...STATUSES,
  ];
}

/** The lines of the model report (the seed report kept in fixtures/), non-blank. */
export function seedLines(): string[] {
  return readFileSync(join(__dirname, "fixtures", "bao-cao-ocop-2023.txt"), "utf8")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");
}
