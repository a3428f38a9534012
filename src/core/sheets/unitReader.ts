import type { NationalReference, UnitLookup } from "../reference/national";
import { provinceOn } from "../reference/provinceLookup";
import { provinceInRunningText } from "../reference/provinces";
import { DISTRICT_LEVEL_ENDED, splitUnitType } from "../reference/units";
import type { Unit } from "../settings";
import type { CellOutcome } from "./sheetIssue";

/** The national reference and the province whose units the sheets hold (settings.province). */
export interface NationalUnits {
  reference: NationalReference;
  province: string;
}

// A date on each side of 01/7/2025: an undated row may name a unit of either list.
const LAST_DISTRICT_DAY = "2025-06-30";

/**
 * Reads a unit cell against the list in force on the row's date (domain.md §3.1): before
 * 01/7/2025 the district-level units of the province as it then was, from then its
 * commune-level units. `text` is the cell already cleaned of legacy encodings and spaces.
 */
export function readNationalUnit(
  text: string,
  units: NationalUnits,
  date: string | undefined
): CellOutcome {
  if (date !== undefined) return outcomeOf(text, units, date);
  // Undated (an exhibit whose fair is unknown): a unit of either list is accepted as it is.
  const before = outcomeOf(text, units, LAST_DISTRICT_DAY);
  if (!before.issues) return before;
  const after = outcomeOf(text, units, DISTRICT_LEVEL_ENDED);
  if (!after.issues) return after;
  // Both find fault: the one that still knows the unit ("phường Óc Eo", a xã) says more.
  return before.value === undefined && after.value !== undefined ? after : before;
}

function outcomeOf(text: string, units: NationalUnits, date: string): CellOutcome {
  const found = units.reference.findUnit(text, units.province, date);
  return toOutcome(text, found, units.province, date);
}

const withType = (u: Unit): string => `${u.type} ${u.name}`;

function toOutcome(text: string, found: UnitLookup, province: string, date: string): CellOutcome {
  switch (found.kind) {
    case "ok":
      return { value: found.unit.name };
    case "wrongType":
      return {
        value: found.unit.name,
        issues: [
          {
            what: "wrongType",
            params: { text, name: found.unit.name, rightType: found.rightType },
            suggestion: `${found.rightType} ${found.unit.name}`,
            fixable: true,
          },
        ],
      };
    case "formerDistrict": {
      const commune = found.unit && withType(found.unit);
      return {
        value: (found.unit ?? found.district)?.name ?? text,
        issues: [
          {
            what: "levelEnded",
            params: { district: text, date, ...(commune ? { commune } : {}) },
            ...(commune ? { suggestion: commune, fixable: true } : {}),
          },
        ],
      };
    }
    case "ambiguous":
      return {
        value: text,
        issues: [
          {
            what: "ambiguous",
            params: { text, candidates: found.units.map(withType).join(", ") },
          },
        ],
      };
    case "unknownProvince":
      // Said once per sheet by readWorkbook; each cell is kept as typed.
      return { value: text };
    case "unknown": {
      const home = provinceOn(province, date);
      if (found.elsewhere.length > 0 && home) {
        const first = found.elsewhere[0];
        // "Tân Phú" exists in many provinces: name up to three of them.
        const provinces = [
          ...new Set(found.elsewhere.map((e) => provinceInRunningText(e.province))),
        ];
        return {
          issues: [
            {
              what: "elsewhere",
              params: {
                text,
                unit: withType(first.unit),
                province: provinces.slice(0, 3).join(", "),
                home: provinceInRunningText(home),
              },
            },
          ],
        };
      }
      const near = found.suggestion;
      // A cell that wrote its type word gets the nearest unit with its own (list) type.
      const suggestion = near && (splitUnitType(text).type ? withType(near) : near.name);
      return {
        issues: [
          {
            what: "unknown",
            params: suggestion ? { text, nearest: suggestion } : { text },
            ...(suggestion ? { suggestion, fixable: true } : {}),
          },
        ],
      };
    }
  }
}
