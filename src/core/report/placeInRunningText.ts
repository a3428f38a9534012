import type { NationalReference } from "../reference/nationalReference";
import { provinceOn } from "../reference/provinceLookup";
import { provinceInRunningText } from "../reference/provinces";
import {
  defaultUnits,
  DISTRICT_LEVEL_ENDED,
  isDistrictLevel,
  resolveUnit,
  unitInRunningText,
  unitTypeOn,
} from "../reference/units";
import type { Unit } from "../settings";

/**
 * A province as running text reads it on a date, under the name in force then ("tỉnh Sóc
 * Trăng"; a 2026 fair recorded in "Hậu Giang" reads "thành phố Cần Thơ"); a name the reference
 * list does not know is written as it is.
 */
export function provinceText(name: string, isoDate: string): string {
  const province = provinceOn(name, isoDate);
  return province ? provinceInRunningText(province) : name;
}

/** A unit as the report names it: running text, the name it is counted under, and its type. */
export interface UnitText {
  text: string;
  key: string;
  type?: string;
  /** The unit as the list knows it, when found. */
  unit?: Unit;
}

/**
 * A unit cell read on the row's date, with the type it had then ("huyện Tịnh Biên" before
 * 10/4/2023, "thị xã Tịnh Biên" from then; "đặc khu Phú Quốc" in 2026). The units of settings
 * or the `Danh mục` sheet come first, then the national reference; a district-level unit is
 * never the answer for a row dated from 01/7/2025 (the level ended), so "huyện Chợ Mới" on a
 * 2026 row reads as the commune of that name. Unknown: as written.
 */
export function unitText(
  name: string,
  province: string,
  isoDate: string,
  units: readonly Unit[] | undefined,
  reference: NationalReference | undefined
): UnitText {
  const afterReform = isoDate >= DISTRICT_LEVEL_ENDED;
  // Without the reference loaded, the built-in list (An Giang 2023) still names the units.
  const own = units && units.length > 0 ? units : reference ? undefined : defaultUnits(province);
  if (own) {
    const match = resolveUnit(name, own, isoDate);
    if (match.kind === "ok" && !(afterReform && isDistrictLevel(match.unit)))
      return found(match.unit, isoDate);
  }
  if (reference) {
    const lookup = reference.findUnit(name, province, isoDate);
    if (lookup.kind === "ok" || lookup.kind === "wrongType") return found(lookup.unit, isoDate);
    if (lookup.kind === "formerDistrict" && lookup.unit) return found(lookup.unit, isoDate);
  }
  return { text: name, key: name };
}

function found(unit: Unit, isoDate: string): UnitText {
  return {
    text: unitInRunningText(unit, isoDate),
    // One unit whatever its type on the day: Tịnh Biên counts once across its change of type.
    key: unit.name,
    type: unitTypeOn(unit, isoDate),
    unit,
  };
}
