import {
  resolveCategory,
  resolveGroup,
  resolveLevel,
  resolveProducerType,
  resolveProductSet,
  resolveStars,
  resolveStatus,
} from "../reference/ocop";
import { provinceInRunningText, resolveProvince } from "../reference/provinces";
import { resolveUnit } from "../reference/units";
import type { Unit } from "../settings";
import type { ColumnType } from "./columns";
import { nearest } from "../text/suggest";
import type { CellValue } from "./rawSheet";
import { CATEGORIES, LEVELS, PRODUCER_TYPES, STATUSES } from "../reference/ocop";

export type ReferenceType = Exclude<
  ColumnType,
  "text" | "code" | "date" | "integer" | "number" | "stars"
>;

/** The reference lists' answers in one shape, so the reader handles every list alike. */
export type Lookup =
  | { kind: "ok"; value: string | number }
  /** Nothing to check against: kept as typed. */
  | { kind: "unlisted" }
  | { kind: "unknown"; suggestion?: string }
  /** A province merged away before the date: `name` as of then, `successor` today. */
  | { kind: "outdated"; value: string; name: string; successor: string }
  /** A 2019 group name: the group, and its name under QĐ 148/QĐ-TTg. */
  | { kind: "old"; value: number; newName: string };

/** A list answer without suggestions: the nearest canonical name when the text is close. */
function listed(value: string | undefined, text: string, names: readonly string[]): Lookup {
  if (value !== undefined) return { kind: "ok", value };
  const near = nearest(text, names);
  return near === undefined ? { kind: "unknown" } : { kind: "unknown", suggestion: near };
}

export function lookupReference(
  type: ReferenceType,
  text: string,
  ctx: { units?: readonly Unit[]; date?: string; today?: string }
): Lookup {
  switch (type) {
    case "district": {
      if (!ctx.units) return { kind: "unlisted" };
      const r = resolveUnit(text, ctx.units, ctx.date);
      return r.kind === "ok" ? { kind: "ok", value: r.unit.name } : r;
    }
    case "province": {
      const r = resolveProvince(text, ctx.date ?? ctx.today ?? "");
      if (r.kind === "ok") return { kind: "ok", value: r.province.name };
      // Without a date there is no era to judge it in: a province that once was is accepted.
      if (r.kind === "outdated" && ctx.date === undefined)
        return { kind: "ok", value: r.province.name };
      if (r.kind === "outdated")
        return {
          kind: "outdated",
          value: r.province.name,
          name: r.province.name,
          // "thành phố Cần Thơ": the form staff write, and one resolveProvince reads back.
          successor: provinceInRunningText(r.successor),
        };
      return r;
    }
    case "group": {
      const r = resolveGroup(text);
      if (r.kind === "ok") return { kind: "ok", value: r.group.id };
      if (r.kind === "old") return { kind: "old", value: r.group.id, newName: r.group.name };
      return r;
    }
    case "productSet": {
      const r = resolveProductSet(text);
      return r.kind === "ok" ? { kind: "ok", value: r.set.id } : r;
    }
    case "category":
      return listed(resolveCategory(text), text, CATEGORIES);
    case "producerType":
      return listed(resolveProducerType(text), text, PRODUCER_TYPES);
    case "level":
      return listed(resolveLevel(text), text, LEVELS);
    case "status":
      return listed(resolveStatus(text), text, STATUSES);
  }
}

export function lookupStars(value: CellValue): 1 | 2 | 3 | 4 | 5 | undefined {
  return resolveStars(value);
}
