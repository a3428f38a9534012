import { fold } from "../text/fold";
import { nearest } from "../text/suggest";

/**
 * Provincial-level units (domain.md §3.2), dated. A record without `from`/`until` exists under
 * the same name in both eras (a province that absorbed others keeps its record).
 */
export interface Province {
  name: string;
  type: "tỉnh" | "thành phố";
  aliases: string[];
  /** ISO date the unit exists from; absent = before any date we check. */
  from?: string;
  /** ISO date of the unit's last day; absent = still in force. */
  until?: string;
}

// NQ 202/2025/QH15 (12/6/2025): 63 provincial units until 30/6/2025, 34 from 01/7/2025.
const LAST_DAY_OF_63 = "2025-06-30";
// NQ 175/2024/QH15 (30/11/2024): tỉnh Thừa Thiên Huế becomes thành phố Huế from 01/01/2025.
const HUE_CITY_FROM = "2025-01-01";

type Row = readonly [name: string, aliases?: readonly string[]];

// Provinces (tỉnh) that go on, unchanged or absorbing neighbours, after 01/7/2025.
const LASTING_PROVINCES: readonly Row[] = [
  ["An Giang"],
  ["Bắc Ninh"],
  ["Cà Mau"],
  ["Cao Bằng"],
  ["Điện Biên"],
  ["Đắk Lắk", ["Đắc Lắc", "Daklak", "Đăk Lăk"]],
  ["Đồng Nai"],
  ["Đồng Tháp"],
  ["Gia Lai"],
  ["Hà Tĩnh"],
  ["Hưng Yên"],
  ["Khánh Hòa"],
  ["Lai Châu"],
  ["Lâm Đồng"],
  ["Lạng Sơn"],
  ["Lào Cai"],
  ["Nghệ An"],
  ["Ninh Bình"],
  ["Phú Thọ"],
  ["Quảng Ngãi"],
  ["Quảng Ninh"],
  ["Quảng Trị"],
  ["Sơn La"],
  ["Tây Ninh"],
  ["Thái Nguyên"],
  ["Thanh Hóa"],
  ["Tuyên Quang"],
  ["Vĩnh Long"],
];
// Centrally-run cities (thành phố trực thuộc trung ương) in both eras.
const LASTING_CITIES: readonly Row[] = [
  ["Hà Nội", ["HN"]],
  ["Hồ Chí Minh", ["HCM", "TPHCM", "TP.HCM", "Sài Gòn", "Sài Gòn - Gia Định"]],
  ["Hải Phòng"],
  ["Đà Nẵng"],
  ["Cần Thơ"],
];
// Provinces merged into another on 01/7/2025 (NQ 202/2025/QH15): [old name, successor, aliases].
type Merge = readonly [old: string, successor: string, aliases?: readonly string[]];
const MERGED: readonly Merge[] = [
  ["Hà Giang", "Tuyên Quang"],
  ["Yên Bái", "Lào Cai"],
  ["Bắc Kạn", "Thái Nguyên", ["Bắc Cạn"]],
  ["Vĩnh Phúc", "Phú Thọ"],
  ["Hòa Bình", "Phú Thọ"],
  ["Bắc Giang", "Bắc Ninh"],
  ["Thái Bình", "Hưng Yên"],
  ["Hải Dương", "Hải Phòng"],
  ["Hà Nam", "Ninh Bình"],
  ["Nam Định", "Ninh Bình"],
  ["Quảng Bình", "Quảng Trị"],
  ["Quảng Nam", "Đà Nẵng"],
  ["Tiền Giang", "Đồng Tháp"],
  ["Kiên Giang", "An Giang"],
  ["Kon Tum", "Quảng Ngãi", ["Kontum"]],
  ["Bình Định", "Gia Lai"],
  ["Ninh Thuận", "Khánh Hòa"],
  ["Đắk Nông", "Lâm Đồng", ["Đắc Nông", "Daknong", "Đăk Nông"]],
  ["Bình Thuận", "Lâm Đồng"],
  ["Phú Yên", "Đắk Lắk"],
  ["Bình Dương", "Hồ Chí Minh"],
  ["Bà Rịa - Vũng Tàu", "Hồ Chí Minh", ["BR-VT", "BRVT", "Bà Rịa Vũng Tàu", "Vũng Tàu"]],
  ["Bình Phước", "Đồng Nai"],
  ["Long An", "Tây Ninh"],
  ["Sóc Trăng", "Cần Thơ"],
  ["Hậu Giang", "Cần Thơ"],
  ["Bến Tre", "Vĩnh Long"],
  ["Trà Vinh", "Vĩnh Long"],
  ["Bạc Liêu", "Cà Mau"],
];

const THUA_THIEN_HUE: Province = {
  name: "Thừa Thiên Huế",
  type: "tỉnh",
  aliases: ["Thừa Thiên - Huế", "TT Huế", "TT-Huế"],
  until: "2024-12-31",
};
const HUE: Province = { name: "Huế", type: "thành phố", aliases: [], from: HUE_CITY_FROM };

const PROVINCES: readonly Province[] = deepFreeze([
  ...LASTING_PROVINCES.map(([name, aliases]) => lasting(name, "tỉnh", aliases)),
  ...LASTING_CITIES.map(([name, aliases]) => lasting(name, "thành phố", aliases)),
  ...MERGED.map(([name, , aliases]): Province => ({
    name,
    type: "tỉnh",
    aliases: [...(aliases ?? [])],
    until: LAST_DAY_OF_63,
  })),
  THUA_THIEN_HUE,
  HUE,
]);

/** Callers get the shared records: freezing them keeps one caller from changing another's. */
function deepFreeze(list: Province[]): readonly Province[] {
  for (const p of list) {
    Object.freeze(p.aliases);
    Object.freeze(p);
  }
  return Object.freeze(list);
}

function lasting(name: string, type: Province["type"], aliases?: readonly string[]): Province {
  return { name, type, aliases: [...(aliases ?? [])] };
}

const byName = new Map(PROVINCES.map((p) => [p.name, p]));
const SUCCESSOR = new Map<string, string>([
  ...MERGED.map(([old, successor]): [string, string] => [old, successor]),
  [THUA_THIEN_HUE.name, HUE.name],
]);

function inForce(p: Province, date: string): boolean {
  return (p.from === undefined || p.from <= date) && (p.until === undefined || date <= p.until);
}

/** The provincial units in force on an ISO date: 63 until 30/6/2025, 34 from 01/7/2025. */
export function provincesInForce(date: string): Province[] {
  return PROVINCES.filter((p) => inForce(p, date));
}

/** Every canonical name of both eras, each once. */
export function allProvinceNames(): string[] {
  return PROVINCES.map((p) => p.name);
}

/** "tỉnh Sóc Trăng", "thành phố Hà Nội": the form the report's running text uses. */
export function provinceInRunningText(p: Province): string {
  return `${p.type} ${p.name}`;
}

export type ProvinceMatch =
  | { kind: "ok"; province: Province }
  | { kind: "outdated"; province: Province; successor: Province }
  | { kind: "unknown"; suggestion?: string };

// Words that only say "province" or "city" (Vietnamese and English), stripped before matching.
const PREFIXES = ["thanh pho", "tinh", "tp", "t p", "tx"];
const SUFFIXES = ["province", "city"];

function keysOf(p: Province): string[] {
  return [p.name, ...p.aliases].map(fold).flatMap((k) => [k, k.replace(/ /g, "")]);
}
const byKey = new Map<string, Province>();
for (const p of PROVINCES) for (const key of keysOf(p)) if (!byKey.has(key)) byKey.set(key, p);

/** The folded name without words such as "tỉnh", "TP.", "city". */
function bareKey(text: string): { key: string; prefixed: boolean } {
  let key = fold(text);
  let prefixed = false;
  for (const prefix of PREFIXES) {
    if (key.startsWith(prefix + " ")) {
      key = key.slice(prefix.length + 1);
      prefixed = true;
      break;
    }
  }
  for (const suffix of SUFFIXES) {
    if (key.endsWith(" " + suffix)) key = key.slice(0, -suffix.length - 1);
  }
  return { key, prefixed };
}

function lookup(text: string): Province | undefined {
  const whole = fold(text);
  const { key } = bareKey(text);
  // "TPHCM", "tphcm": a prefix glued to the name.
  const glued = whole.startsWith("tp") ? whole.slice(2).replace(/ /g, "") : "";
  return (
    byKey.get(whole) ??
    byKey.get(key) ??
    byKey.get(key.replace(/ /g, "")) ??
    (glued ? byKey.get(glued) : undefined)
  );
}

/**
 * Reads a province as written in a cell and checks it against the list in force on `date`
 * (ISO): "Hậu Giang" is ok in 2023 and outdated (→ Cần Thơ) in 2026. Prefixes ("tỉnh",
 * "TP.", "Thành phố"), missing diacritics and common abbreviations ("Tp HCM", "BR-VT") are
 * accepted. An unknown name gets the nearest name in force, with the cell's prefix if it had one.
 */
export function resolveProvince(text: string, date: string): ProvinceMatch {
  const found = lookup(text);
  if (found) {
    if (inForce(found, date)) return { kind: "ok", province: found };
    // "Huế" written about a date before the city existed means the province it replaced.
    if (found === HUE && date < HUE_CITY_FROM) return { kind: "ok", province: THUA_THIEN_HUE };
    const successor = byName.get(SUCCESSOR.get(found.name) ?? "");
    if (successor && (found.until ?? "") < date) {
      return { kind: "outdated", province: found, successor: currentOf(successor, date) };
    }
  }
  // Near misses are looked for among both eras: a misspelt old name suggests its successor.
  const names = PROVINCES.flatMap((p) => [p.name, ...p.aliases]);
  const { key, prefixed } = bareKey(text);
  const near = nearest(key, names);
  const named = PROVINCES.find((p) => p.name === near || p.aliases.includes(near ?? ""));
  if (!named) return { kind: "unknown" };
  const province = inForce(named, date)
    ? named
    : currentOf(byName.get(SUCCESSOR.get(named.name) ?? "") ?? named, date);
  if (!inForce(province, date)) return { kind: "unknown" };
  return {
    kind: "unknown",
    suggestion: prefixed ? provinceInRunningText(province) : province.name,
  };
}

/** A successor that was itself renamed later (none today) resolves to the one in force. */
function currentOf(p: Province, date: string): Province {
  const next = SUCCESSOR.get(p.name);
  if (!inForce(p, date) && next) return currentOf(byName.get(next) ?? p, date);
  return p;
}
