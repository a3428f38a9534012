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

/** A unit of the province with its type ("huyện Chợ Mới"), or as written when unknown. */
export function unitText(
  name: string,
  units: readonly Unit[],
  isoDate: string
): { text: string; key: string; type?: string } {
  const match = resolveUnit(name, units, isoDate);
  return match.kind === "ok"
    ? { text: unitInRunningText(match.unit), key: match.unit.name, type: match.unit.type }
    : { text: name, key: name };
}
