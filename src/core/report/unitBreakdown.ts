import { defaultUnits, DISTRICT_LEVEL_ENDED, isDistrictLevel } from "../reference/units";
import type { ProductRow } from "../sheets/rows";
import { fold } from "../text/fold";
import { shortDate } from "../text/wording";
import { compareText } from "./compareText";
import type { ReportOptions, RowRef } from "./model";
import { figure, joinPhrases, type Phrase } from "./phrase";
import { unitText } from "./placeInRunningText";

/** Unit types in the order the seed names them ("huyện, thị xã, thành phố"), then communes. */
export const UNIT_TYPE_ORDER = ["huyện", "thị xã", "thành phố", "quận", "xã", "phường", "đặc khu"];

interface UnitCount {
  text: string;
  key: string;
  type?: string;
  known: boolean;
  /** The latest row date: the unit reads with its type then. */
  date: string;
  rows: ProductRow[];
}

/**
 * ", thuộc 09 huyện, thị xã, thành phố (huyện Chợ Mới 05 sản phẩm; thành phố Châu Đốc và huyện
 * Tịnh Biên mỗi địa phương 04 sản phẩm; ...)": each unit named with its type on the row's
 * date, most products first, units with equal counts together (by type, then name); "11/11"
 * when every unit of the province's list has products. A year across 01/7/2025 lists the
 * district-level units before and the communes from then. Rows without a unit are counted, so
 * the parts add up to the total.
 */
export function byUnit(
  products: ReadonlyArray<ProductRow & { decisionDate: string }>,
  options: ReportOptions,
  count: (n: number) => string,
  ref: (p: ProductRow) => RowRef
): Phrase {
  const before = products.filter((p) => p.district && p.decisionDate < DISTRICT_LEVEL_ENDED);
  const after = products.filter((p) => p.district && p.decisionDate >= DISTRICT_LEVEL_ENDED);
  const blank = products.filter((p) => !p.district);
  if (before.length + after.length === 0) return [];
  const eras = [before, after].filter((e) => e.length > 0);

  const out: Phrase = [];
  if (eras.length === 1 && blank.length === 0) {
    const units = countUnits(eras[0], options);
    if (units.length === 1) {
      const only = units[0];
      const word = products.length === 1 ? ", thuộc " : ", đều thuộc ";
      return [word, figure(only.text, only.rows.map(ref))];
    }
    out.push(", thuộc ", ...eraPhrase(units, eras[0], options, count, ref));
  } else if (eras.length === 1) {
    out.push(", thuộc ", ...eraPhrase(countUnits(eras[0], options), eras[0], options, count, ref));
  } else {
    const reform = shortDate(DISTRICT_LEVEL_ENDED);
    out.push(
      ", thuộc ",
      ...eraPhrase(countUnits(before, options), before, options, count, ref),
      ` trước ngày ${reform} và `,
      ...eraPhrase(countUnits(after, options), after, options, count, ref),
      ` từ ngày ${reform}`
    );
  }
  if (blank.length > 0)
    out.push(", ", figure(`${count(blank.length)} sản phẩm`, blank.map(ref)), " chưa ghi địa bàn");
  return out;
}

function countUnits(
  products: ReadonlyArray<ProductRow & { decisionDate: string }>,
  options: ReportOptions
): UnitCount[] {
  const byKey = new Map<string, UnitCount>();
  for (const p of products) {
    const unit = unitText(
      p.district ?? "",
      options.province,
      p.decisionDate,
      options.units,
      options.reference
    );
    const key = fold(unit.key);
    const entry = byKey.get(key) ?? {
      text: unit.text,
      key,
      type: unit.type,
      known: unit.unit !== undefined,
      date: p.decisionDate,
      rows: [],
    };
    if (p.decisionDate >= entry.date) {
      entry.text = unit.text;
      entry.type = unit.type;
      entry.date = p.decisionDate;
    }
    entry.rows.push(p);
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}

/** "09 huyện, thị xã, thành phố (…)" for the units of one era. */
function eraPhrase(
  units: UnitCount[],
  rows: ReadonlyArray<ProductRow & { decisionDate: string }>,
  options: ReportOptions,
  count: (n: number) => string,
  ref: (p: ProductRow) => RowRef
): Phrase {
  const types = UNIT_TYPE_ORDER.filter((t) => units.some((u) => u.type === t));
  const kinds = types.length > 0 ? types.join(", ") : "địa phương";
  const total = listSize(rows, options);
  const all = total !== undefined && units.length === total && units.every((u) => u.known);
  const howMany = all ? `${count(units.length)}/${count(total)}` : count(units.length);

  const groups = new Map<number, UnitCount[]>();
  for (const u of units) groups.set(u.rows.length, [...(groups.get(u.rows.length) ?? []), u]);
  const ordered = [...groups.entries()]
    .sort(([a], [b]) => b - a)
    .map(([n, members]) => ({ n, members: members.sort(byTypeThenName) }));
  const grouped = ordered.some((g) => g.members.length > 1);
  const entries: Phrase[] = ordered.map(({ n, members }) =>
    members.length === 1
      ? [figure(`${members[0].text} ${count(n)} sản phẩm`, members[0].rows.map(ref))]
      : [
          ...joinPhrases(members.map((m) => [figure(m.text, m.rows.map(ref))])),
          ` mỗi địa phương ${count(n)} sản phẩm`,
        ]
  );
  const list = grouped ? joinPhrases(entries, "; ", "; ") : joinPhrases(entries);
  return [`${howMany} ${kinds} (`, ...list, ")"];
}

function byTypeThenName(a: UnitCount, b: UnitCount): number {
  const rank = (u: UnitCount) => {
    const i = UNIT_TYPE_ORDER.indexOf(u.type ?? "");
    return i < 0 ? UNIT_TYPE_ORDER.length : i;
  };
  return rank(a) - rank(b) || compareText(a.key, b.key);
}

/**
 * How many units the province has in the era of `rows` (on their latest date): the units of
 * settings or `Danh mục` of that level, else the national reference. Undefined when unknown.
 */
function listSize(
  rows: ReadonlyArray<{ decisionDate: string }>,
  options: ReportOptions
): number | undefined {
  const date = rows.reduce((d, r) => (r.decisionDate > d ? r.decisionDate : d), "");
  const afterReform = date >= DISTRICT_LEVEL_ENDED;
  const own = (options.units ?? []).filter((u) => isDistrictLevel(u) !== afterReform);
  if (own.length > 0) return own.length;
  if (options.reference) return options.reference.unitsOf(options.province, date)?.length;
  return afterReform ? undefined : defaultUnits(options.province)?.length;
}
