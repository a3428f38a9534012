import { provinceInRunningText, resolveProvince } from "../reference/provinces";
import { resolveUnit, unitInRunningText } from "../reference/units";
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
  const unit = { ...match.unit, type: typeOn(match.unit, isoDate) };
  return { text: unitInRunningText(unit), key: unit.name, type: unit.type };
}

/**
 * A unit's type on a date: before `from` it was still its former type (the first listed, the
 * one it changed from). `unitInRunningText` alone always says the current type.
 */
function typeOn(unit: Unit, isoDate: string): string {
  const before = unit.from !== undefined && isoDate < unit.from;
  return before && unit.formerTypes.length > 0 ? unit.formerTypes[0] : unit.type;
}
