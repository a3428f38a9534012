import type { Unit } from "../settings";
import { fold } from "../text/fold";
import { findUnitIn, readings, type UnitFinding } from "./findUnit";
import {
  nearestProvinceNames,
  provinceByName,
  provinceOn,
  type ProvinceFound,
} from "./provinceLookup";
import { allProvinceNames, provincesInForce, type Province } from "./provinces";
import { UnitIndex } from "./unitIndex";
import { AN_GIANG_2023_UNITS, DISTRICT_LEVEL_ENDED } from "./units";

/** The generated data's shape (src/core/reference/data/national.json, `npm run reference`). */
export interface NationalData {
  unitTypes: string[];
  /** The 34 provincial units from 01/7/2025 with their commune-level units (Công văn 1027/CTK-CSCL). */
  provinces: ProvinceEntry[];
  /** The 63 provincial units of 01/3/2025 with their district-level units. */
  districts: ProvinceEntry[];
}
export type ProvinceEntry = [code: string, name: string, type: string, units: [string, number][]];

export type { ProvinceFound };

/** A unit of the same name in another province: "Ninh Kiều" → phường Ninh Kiều, TP Cần Thơ. */
export interface UnitElsewhere {
  province: Province;
  unit: Unit;
}

/**
 * `findUnit`'s answer: a `UnitFinding`, where an unknown unit also lists the other provinces
 * that have a unit of that name on the date (then "phường Ninh Kiều thuộc thành phố Cần Thơ"
 * says more than the nearest local name); or an unknown province with its nearest names.
 */
export type UnitLookup =
  | Exclude<UnitFinding, { kind: "unknown" }>
  | { kind: "unknown"; suggestion?: Unit; elsewhere: UnitElsewhere[] }
  | { kind: "unknownProvince"; nearest: string[] };

/** The national reference, loaded once (`loadNationalReference`); every method is pure. */
export interface NationalReference {
  /** The provincial units in force: 63 before 01/7/2025, 34 from then. */
  provincesOn(isoDate: string): Province[];
  /** "tỉnh An Giang", "TP Cần Thơ", "Hau Giang"; undefined when unknown ("An Giag"). */
  provinceByName(name: string, isoDate: string): ProvinceFound | undefined;
  /** The nearest province names in force on the date (all eras without one), best first. */
  nearestProvinceNames(name: string, isoDate?: string): string[];
  /** The 2025 code of a province in force from 01/7/2025 ("An Giang" → "91"). */
  provinceCode(province: string | Province): string | undefined;
  /**
   * The units a row of that date is checked against (a fresh copy): before 01/7/2025 the
   * district-level units of the province as it then was, from then its commune-level units.
   * Undefined when the province is unknown on that date.
   */
  unitsOf(province: string | Province, isoDate: string): Unit[] | undefined;
  /** Reads a unit cell of that province and date (see `UnitFinding`). */
  findUnit(text: string, province: string | Province, isoDate: string): UnitLookup;
  /** The provinces in force on the date, other than `except`, with a unit of that name. */
  whereElse(text: string, isoDate: string, except?: string | Province): UnitElsewhere[];
}

// The district-level catalogue is the state on 01/3/2025 (scripts/reference/README.md).
const DISTRICT_LIST_DATE = "2025-03-01";
// Công văn 1027/CTK-CSCL: the commune-level list takes effect with the new map on 01/7/2025.
const COMMUNE_LIST_FROM = DISTRICT_LEVEL_ENDED;

export function createNationalReference(data: NationalData): NationalReference {
  const provincesByName = new Map(data.provinces.map((p) => [fold(p[1]), p]));
  const districtsByName = new Map(data.districts.map((p) => [fold(p[1]), p]));
  const indexes = new Map<string, UnitIndex>();

  const afterReform = (isoDate: string) => isoDate >= DISTRICT_LEVEL_ENDED;

  /** The 01/3/2025 entry of a province in force earlier (tỉnh Thừa Thiên Huế → thành phố Huế). */
  function districtEntry(province: Province): ProvinceEntry | undefined {
    const own = districtsByName.get(fold(province.name));
    if (own) return own;
    const later = provinceOn(province, DISTRICT_LIST_DATE);
    return later ? districtsByName.get(fold(later.name)) : undefined;
  }

  function toUnits(entry: ProvinceEntry, from?: string): Unit[] {
    return entry[3].map(([name, type]) => ({
      name,
      type: data.unitTypes[type],
      aliases: [],
      formerTypes: [],
      ...(from ? { from } : {}),
    }));
  }

  /** The shared index of a province's list on a date, built on first use. */
  function indexOf(province: Province, isoDate: string): UnitIndex | undefined {
    const era = afterReform(isoDate) ? "communes" : "districts";
    const key = `${era}:${province.name}`;
    let index = indexes.get(key);
    if (!index) {
      const units = listOf(province, isoDate);
      if (!units) return undefined;
      index = new UnitIndex(units);
      indexes.set(key, index);
    }
    return index;
  }

  function listOf(province: Province, isoDate: string): Unit[] | undefined {
    if (afterReform(isoDate)) {
      const entry = provincesByName.get(fold(province.name));
      return entry ? toUnits(entry, COMMUNE_LIST_FROM) : undefined;
    }
    // An Giang keeps its dated 2023 list (Tịnh Biên: huyện → thị xã on 10/4/2023).
    if (fold(province.name) === "an giang") return AN_GIANG_2023_UNITS;
    const entry = districtEntry(province);
    return entry ? toUnits(entry) : undefined;
  }

  /** After 01/7/2025: the district-level units of the provinces `province` succeeded. */
  function formerDistrictsOf(province: Province): UnitIndex {
    const key = `former:${province.name}`;
    let index = indexes.get(key);
    if (!index) {
      const entries = new Set<ProvinceEntry>();
      for (const name of allProvinceNames()) {
        if (provinceOn(name, COMMUNE_LIST_FROM)?.name !== province.name) continue;
        const entry = districtsByName.get(fold(name));
        if (entry) entries.add(entry);
      }
      index = new UnitIndex([...entries].flatMap((e) => toUnits(e)));
      indexes.set(key, index);
    }
    return index;
  }

  /** The provinces in force on the date, other than `except`, with a unit of that name. */
  function whereElse(text: string, isoDate: string, except?: string | Province): UnitElsewhere[] {
    const skip = except === undefined ? undefined : provinceOn(except, isoDate)?.name;
    const exact: UnitElsewhere[] = [];
    const loose: UnitElsewhere[] = [];
    for (const province of provincesInForce(isoDate)) {
      if (province.name === skip) continue;
      const index = indexOf(province, isoDate);
      if (!index) continue;
      for (const written of readings(text)) {
        const { units, exact: isExact } = index.lookup(written.name);
        if (units.length === 0) continue;
        const found = units.map((u) => ({ province, unit: copyUnit(u) }));
        (isExact ? exact : loose).push(...found);
        break;
      }
    }
    return exact.length > 0 ? exact : loose;
  }

  return {
    provincesOn: (isoDate) => provincesInForce(isoDate),

    provinceByName,

    nearestProvinceNames,

    provinceCode(province) {
      const name = typeof province === "string" ? province : province.name;
      const found = provinceOn(name, COMMUNE_LIST_FROM);
      return found ? provincesByName.get(fold(found.name))?.[0] : undefined;
    },

    unitsOf(province, isoDate) {
      const found = provinceOn(province, isoDate);
      const index = found && indexOf(found, isoDate);
      return index?.units.map(copyUnit);
    },

    findUnit(text, province, isoDate) {
      const found = provinceOn(province, isoDate);
      const index = found && indexOf(found, isoDate);
      if (!found || !index) {
        const name = typeof province === "string" ? province : province.name;
        return { kind: "unknownProvince", nearest: nearestProvinceNames(name, isoDate) };
      }
      const former = afterReform(isoDate) ? formerDistrictsOf(found) : undefined;
      const finding = copyFinding(findUnitIn(text, index, isoDate, former));
      if (finding.kind !== "unknown") return finding;
      return { ...finding, elsewhere: whereElse(text, isoDate, found) };
    },

    whereElse,
  };
}

/** Callers get their own copies: the indexes' records stay as the data says. */
function copyUnit(u: Unit): Unit {
  return { ...u, aliases: [...u.aliases], formerTypes: [...u.formerTypes] };
}

function copyFinding(finding: UnitFinding): UnitFinding {
  switch (finding.kind) {
    case "ok":
    case "wrongType":
      return { ...finding, unit: copyUnit(finding.unit) };
    case "formerDistrict":
      return {
        ...finding,
        unit: finding.unit && copyUnit(finding.unit),
        district: finding.district && copyUnit(finding.district),
      };
    case "ambiguous":
      return { ...finding, units: finding.units.map(copyUnit) };
    case "unknown":
      return finding.suggestion
        ? { ...finding, suggestion: copyUnit(finding.suggestion) }
        : finding;
  }
}
