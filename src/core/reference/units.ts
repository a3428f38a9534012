import type { Unit } from "../settings";
import { fold, tidy } from "../text/fold";
import { nearest } from "../text/suggest";

// An Giang's district-level units in 2023 (domain.md §3.1); the district level ended 01/7/2025.
export const AN_GIANG_2023_UNITS: Unit[] = [
  unit("Long Xuyên", "thành phố"),
  unit("Châu Đốc", "thành phố"),
  unit("Tân Châu", "thị xã"),
  // NQ 721/NQ-UBTVQH15 (13/02/2023): huyện Tịnh Biên becomes thị xã, in force 10/4/2023.
  { ...unit("Tịnh Biên", "thị xã"), from: "2023-04-10", formerTypes: ["huyện"] },
  unit("An Phú", "huyện"),
  unit("Châu Phú", "huyện"),
  unit("Châu Thành", "huyện"),
  unit("Chợ Mới", "huyện"),
  unit("Phú Tân", "huyện"),
  unit("Thoại Sơn", "huyện"),
  unit("Tri Tôn", "huyện"),
];

function unit(name: string, type: string): Unit {
  return { name, type, aliases: [], formerTypes: [] };
}

/** The reference units of a province (a copy the caller may keep), when we have them. */
/**
 * The district level ended on 01/7/2025 (Luật Tổ chức chính quyền địa phương 2025, NQ
 * 202/2025/QH15): later data is kept by commune (xã, phường, đặc khu).
 */
export const DISTRICT_LEVEL_ENDED = "2025-07-01";

const DISTRICT_LEVEL_TYPES: ReadonlySet<string> = new Set(["huyện", "thị xã", "thành phố", "quận"]);

/** A unit of the district level (huyện, thị xã, thành phố thuộc tỉnh, quận). */
export function isDistrictLevel(unit: Unit): boolean {
  return DISTRICT_LEVEL_TYPES.has(unit.type);
}

export function defaultUnits(province: string): Unit[] | undefined {
  const key = fold(province).replace(/^(tinh|t) /, "");
  if (key !== "an giang") return undefined;
  return AN_GIANG_2023_UNITS.map((u) => ({
    ...u,
    aliases: [...u.aliases],
    formerTypes: [...u.formerTypes],
  }));
}

/**
 * A unit's type on a date: before `from` it was still its former type (the first listed, the
 * one it changed from): "huyện Tịnh Biên" before 10/4/2023 (NQ 721/NQ-UBTVQH15).
 */
export function unitTypeOn(unit: Unit, isoDate?: string): string {
  const before = isoDate !== undefined && unit.from !== undefined && isoDate < unit.from;
  return before && unit.formerTypes.length > 0 ? unit.formerTypes[0] : unit.type;
}

/** "huyện Chợ Mới", "thị xã Tịnh Biên": the running-text form, with the type it had on `isoDate`. */
export function unitInRunningText(unit: Unit, isoDate?: string): string {
  return `${unitTypeOn(unit, isoDate)} ${unit.name}`;
}

export type UnitMatch = { kind: "ok"; unit: Unit } | { kind: "unknown"; suggestion?: string };

// Type words a cell may put before a unit's name (folded, abbreviations too) and the type each
// names; after 01/7/2025 lists may hold communes (NQ 202/2025/QH15).
const TYPE_OF_PREFIX: Readonly<Record<string, string>> = {
  "thanh pho": "thành phố",
  tp: "thành phố",
  "thi xa": "thị xã",
  tx: "thị xã",
  "thi tran": "thị trấn",
  tt: "thị trấn",
  "dac khu": "đặc khu",
  huyen: "huyện",
  h: "huyện",
  quan: "quận",
  q: "quận",
  phuong: "phường",
  p: "phường",
  xa: "xã",
  x: "xã",
};
// Longest first, so "thi xa" wins over "x"-like short forms.
const PREFIXES = Object.keys(TYPE_OF_PREFIX).sort((a, b) => b.length - a.length);

/**
 * A unit as written, split into its type word and its name: "TP. Long Xuyên" → thành phố +
 * "Long Xuyên", "H.Chợ Mới" → huyện + "Chợ Mới", "Cho Moi" → no type + "Cho Moi".
 */
export function splitUnitType(text: string): { type?: string; name: string } {
  const clean = tidy(text);
  const folded = fold(clean);
  const prefix = PREFIXES.find((p) => folded.startsWith(p + " "));
  if (!prefix) return { name: clean };
  const rest = folded.slice(prefix.length + 1);
  for (let i = 1; i < clean.length; i++) {
    if (fold(clean.slice(i)) === rest) {
      return { type: TYPE_OF_PREFIX[prefix], name: clean.slice(i).replace(/^[^\p{L}\p{N}]+/u, "") };
    }
  }
  return { name: clean };
}
const SUFFIXES = ["city", "town", "district", "ward", "commune"];

/** The ways a cell may name the unit: the folded text, then without a type word. */
function keysOf(text: string): string[] {
  const whole = fold(text);
  const keys = [whole];
  for (const prefix of PREFIXES) {
    if (whole.startsWith(prefix + " ")) {
      keys.push(whole.slice(prefix.length + 1));
      break;
    }
  }
  for (const key of [...keys]) {
    for (const suffix of SUFFIXES) {
      if (key.endsWith(" " + suffix)) keys.push(key.slice(0, -suffix.length - 1));
    }
  }
  return keys;
}

function namesOf(u: Unit): string[] {
  return [u.name, ...u.aliases];
}

// Folded names per unit list, built once per list: a sheet resolves thousands of cells. The
// signature notices a list edited in place since.
const indexes = new WeakMap<readonly Unit[], { signature: string; index: Map<string, Unit[]> }>();

function indexOf(units: readonly Unit[]): Map<string, Unit[]> {
  const signature = units.map((u) => namesOf(u).join("\u0000")).join("\u0001");
  const cached = indexes.get(units);
  if (cached?.signature === signature) return cached.index;
  const index = new Map<string, Unit[]>();
  for (const u of units) {
    for (const name of namesOf(u)) {
      const folded = fold(name);
      for (const key of new Set([folded, folded.replace(/ /g, "")])) {
        const list = index.get(key) ?? [];
        if (!list.includes(u)) list.push(u);
        index.set(key, list);
      }
    }
  }
  indexes.set(units, { signature, index });
  return index;
}

/** A unit whose `from` is later than `date` and that had no former type did not exist yet. */
function existedOn(u: Unit, date: string | undefined): boolean {
  return date === undefined || u.from === undefined || u.from <= date || u.formerTypes.length > 0;
}

/**
 * Reads a unit as written in a cell: "Chợ Mới", "H. Chợ Mới", "Cho Moi", "TP. Long Xuyên",
 * "TX. Tịnh Biên". The type word is not checked against the unit's type ("huyện Tịnh Biên"
 * stays right in 2023 sheets). A unit whose `from` is later than `date` and that had no
 * former type did not exist yet on that date.
 */
export function resolveUnit(text: string, units: readonly Unit[], date?: string): UnitMatch {
  const keys = keysOf(text).filter((k) => k !== "");
  if (keys.length === 0) return { kind: "unknown" };
  const index = indexOf(units);
  for (const key of keys) {
    for (const candidate of [key, key.replace(/ /g, "")]) {
      const found = index.get(candidate)?.find((u) => existedOn(u, date));
      if (found) return { kind: "ok", unit: found };
    }
  }
  const existing = units.filter((u) => existedOn(u, date));
  const candidates = existing.flatMap(namesOf);
  for (const key of [...keys].reverse()) {
    const near = nearest(key, candidates);
    if (near !== undefined) {
      const u = existing.find((x) => namesOf(x).includes(near));
      return { kind: "unknown", suggestion: u?.name ?? near };
    }
  }
  return { kind: "unknown" };
}
