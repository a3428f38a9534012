import type { Unit } from "../settings";
import { tidy } from "../text/fold";
import { nearest } from "../text/suggest";
import type { UnitIndex } from "./unitIndex";
import { DISTRICT_LEVEL_ENDED, splitUnitType, unitTypeOn } from "./units";

/**
 * What a unit cell says, read against the list in force on the row's date.
 * - ok: the unit; `exact` false when it matched only without diacritics ("Cho Moi"), so a fix
 *   to `unit.name` is worth offering. `writtenType` is the type word the cell carried, if any.
 * - wrongType: the name is the list's, the type word contradicts it ("phường Óc Eo", a xã).
 * - formerDistrict: a row dated from 01/7/2025 names a district-level unit ("huyện Chợ Mới",
 *   "thành phố Phú Quốc"); `unit` is the commune of the new list with the same name, when there
 *   is one (xã Chợ Mới, đặc khu Phú Quốc); `district` the unit of 01/3/2025, when found.
 * - ambiguous: several units fit ("Tan Thanh" without marks: Tân Thành or Tân Thạnh; "Cao Lãnh"
 *   in 2024: the thành phố or the huyện).
 * - unknown: not in the list; `suggestion` is the nearest unit, when one is near enough.
 */
export type UnitFinding =
  | { kind: "ok"; unit: Unit; exact: boolean; writtenType?: string }
  | { kind: "wrongType"; unit: Unit; exact: boolean; writtenType: string; rightType: string }
  | { kind: "formerDistrict"; writtenType?: string; unit?: Unit; district?: Unit }
  | { kind: "ambiguous"; units: Unit[] }
  | { kind: "unknown"; suggestion?: Unit };

// Luật Tổ chức chính quyền địa phương 2025: the district level (these types) ended 01/7/2025.
const DISTRICT_TYPES: ReadonlySet<string> = new Set(["huyện", "quận", "thị xã", "thành phố"]);

interface Written {
  name: string;
  type?: string;
}

/** The ways to read a cell: the whole text as a name first ("H'Bông" is not huyện "Bông"). */
export function readings(text: string): Written[] {
  const clean = tidy(text);
  if (clean === "") return [];
  const split = splitUnitType(clean);
  return split.type && split.name !== "" ? [{ name: clean }, split] : [{ name: clean }];
}

/**
 * Finds a written unit among `current` (the list in force on `isoDate`). From 01/7/2025,
 * `formerDistricts` (the district-level units of the provinces the current one succeeded)
 * recognise a district written after its level ended.
 */
export function findUnitIn(
  text: string,
  current: UnitIndex,
  isoDate: string,
  formerDistricts?: UnitIndex
): UnitFinding {
  const reads = readings(text);
  if (reads.length === 0) return { kind: "unknown" };
  const afterReform = isoDate >= DISTRICT_LEVEL_ENDED;
  const hit = firstHit(reads, current);
  if (hit) {
    const { written, units, exact } = hit;
    const fitting = narrowByType(units, written.type, isoDate);
    if (fitting.length > 1) return { kind: "ambiguous", units: fitting };
    const unit = fitting[0];
    const type = written.type;
    if (type && afterReform && DISTRICT_TYPES.has(type) && !typeFits(unit, type, isoDate)) {
      const district = formerDistricts?.lookup(written.name).units[0];
      return { kind: "formerDistrict", writtenType: type, unit, district };
    }
    if (type && !typeFits(unit, type, isoDate)) {
      return {
        kind: "wrongType",
        unit,
        exact,
        writtenType: type,
        rightType: typeOn(unit, isoDate),
      };
    }
    return type ? { kind: "ok", unit, exact, writtenType: type } : { kind: "ok", unit, exact };
  }
  if (afterReform && formerDistricts) {
    const former = firstHit(reads, formerDistricts);
    if (former) {
      const { written, units } = former;
      return { kind: "formerDistrict", writtenType: written.type, district: units[0] };
    }
  }
  const name = reads[reads.length - 1].name;
  const near = nearest(
    name,
    current.units.map((u) => u.name)
  );
  const suggestion = current.units.find((u) => u.name === near);
  return suggestion ? { kind: "unknown", suggestion } : { kind: "unknown" };
}

/** The first reading that names units: an exact (tone-aware) match wins over a folded one. */
function firstHit(
  reads: readonly Written[],
  index: UnitIndex
): { written: Written; units: Unit[]; exact: boolean } | undefined {
  const hits = reads
    .map((written) => ({ written, ...index.lookup(written.name) }))
    .filter((h) => h.units.length > 0);
  return hits.find((h) => h.exact) ?? hits[0];
}

/** Several units of one name: the type word, when written, picks one ("huyện Cao Lãnh"). */
function narrowByType(units: Unit[], type: string | undefined, isoDate: string): Unit[] {
  if (units.length < 2 || !type) return units;
  const fitting = units.filter((u) => typeFits(u, type, isoDate));
  return fitting.length > 0 ? fitting : units;
}

function typeOn(unit: Unit, isoDate: string): string {
  return unitTypeOn(unit, isoDate);
}

/** The written type is the unit's on that date, or a former type a sheet may still use. */
function typeFits(unit: Unit, type: string, isoDate: string): boolean {
  return type === typeOn(unit, isoDate) || unit.type === type || unit.formerTypes.includes(type);
}
