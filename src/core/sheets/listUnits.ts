import type { Unit } from "../settings";
import { splitUnitType } from "../reference/units";
import { fold } from "../text/fold";
import { isBlank } from "./cellText";
import type { HeaderMatch } from "./findHeader";
import { isExcelError, isUncalculatedFormula, type RawSheet } from "./rawSheet";

/**
 * The units the lists sheet (`Danh mục`) names in its districts column, when it names any.
 * A name without a prefix takes the type a known unit of that name has, else "huyện" (the type
 * only serves to accept prefixed spellings such as "H. Chợ Mới").
 */
export function listUnits(
  sheet: RawSheet,
  header: HeaderMatch | undefined,
  known: readonly Unit[] | undefined
): Unit[] | undefined {
  const column = header?.columns.get("districts");
  if (!header || column === undefined) return undefined;
  const byName = new Map((known ?? []).map((u) => [fold(u.name), u]));
  const units: Unit[] = [];
  const seen = new Set<string>();
  for (let r = header.headerIndex + 1; r < sheet.values.length; r++) {
    const cell = sheet.values[r]?.[column];
    if (isBlank(cell ?? "") || typeof cell !== "string") continue;
    // An error or a formula without a saved result names no unit.
    if (isExcelError(cell) || isUncalculatedFormula(cell)) continue;
    const { name, type } = splitUnitType(cell);
    const key = fold(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const knownUnit = byName.get(key);
    if (knownUnit && (!type || type === knownUnit.type)) units.push(knownUnit);
    else
      units.push({ name, type: type ?? knownUnit?.type ?? "huyện", aliases: [], formerTypes: [] });
  }
  return units.length > 0 ? units : undefined;
}
