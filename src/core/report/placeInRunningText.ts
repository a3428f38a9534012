import { provinceInRunningText, resolveProvince } from "../reference/provinces";
import { resolveUnit, unitInRunningText, unitTypeOn } from "../reference/units";
import type { Unit } from "../settings";

/**
 * A province as running text reads it on a date ("tỉnh Sóc Trăng", "thành phố Hà Nội"); a name
 * the reference list does not know is written as it is.
 */
export function provinceText(name: string, isoDate: string): string {
  const match = resolveProvince(name, isoDate);
  return match.kind === "unknown" ? name : provinceInRunningText(match.province);
}

/**
 * A unit of the province with the type it had on `isoDate` ("huyện Chợ Mới"; "huyện Tịnh Biên"
 * before 10/4/2023, "thị xã Tịnh Biên" from then), or as written when unknown.
 */
export function unitText(
  name: string,
  units: readonly Unit[],
  isoDate: string
): { text: string; key: string; type?: string } {
  const match = resolveUnit(name, units, isoDate);
  if (match.kind !== "ok") return { text: name, key: name };
  const unit = match.unit;
  return {
    text: unitInRunningText(unit, isoDate),
    key: unit.name,
    type: unitTypeOn(unit, isoDate),
  };
}
