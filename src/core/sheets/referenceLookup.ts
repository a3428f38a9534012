import {
  resolveCategory,
  resolveGroup,
  resolveLevel,
  resolveProducerType,
  resolveProductSet,
  resolveStars,
  resolveStatus,
} from "../reference/ocop";
import { leafOfProductSet, resolveClassification26 } from "../reference/ocopClassification";
import { isFormerMinistryName, rulesOn } from "../reference/ocopRules";
import { provinceInRunningText, resolveProvince } from "../reference/provinces";
import { fold } from "../text/fold";
import { resolveUnit } from "../reference/units";
import type { Unit } from "../settings";
import type { ColumnType } from "./columns";
import { nearest } from "../text/suggest";
import type { CellValue } from "./rawSheet";
import { CATEGORIES, LEVELS, PRODUCER_TYPES, STATUSES } from "../reference/ocop";
import {
  COUNCIL_KINDS,
  COUNCIL_LEVELS,
  councilLevelInForce,
  resolveCouncilKind,
  resolveCouncilLevel,
  resolveTrainingRole,
  TRAINING_ROLES,
} from "../reference/activities";

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
  | { kind: "old"; value: number; newName: string }
  /** On a decision from 22/5/2026, a QĐ 148 product set Phụ lục I of QĐ 26/2026 renamed. */
  | { kind: "renamed"; value: number; oldName: string; newName: string }
  /** On a decision from 22/5/2026, the ministry under its name before 01/3/2025. */
  | { kind: "formerMinistry"; value: string; ministry: string }
  /** A council level that cannot sit on the row's date (cấp huyện after 01/7/2025). */
  | { kind: "notInForce"; value: string };

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
      // A nhóm of Phụ lục I (QĐ 26/2026/QĐ-TTg) names its sản phẩm: "Thực phẩm chế biến".
      const c = resolveClassification26(text);
      if (c.kind === "group") return { kind: "ok", value: c.group.product };
      return r;
    }
    case "productSet":
      return lookupProductSet(text, ctx.date);
    case "level": {
      const level = resolveLevel(text);
      if (level && isQd26(ctx.date) && isFormerMinistryName(fold(text))) {
        const ministry = rulesOn(ctx.date!).centralBody;
        return { kind: "formerMinistry", value: level, ministry };
      }
      return listed(level, text, LEVELS);
    }
    case "category":
      return listed(resolveCategory(text), text, CATEGORIES);
    case "producerType":
      return listed(resolveProducerType(text), text, PRODUCER_TYPES);
    case "status":
      return listed(resolveStatus(text), text, STATUSES);
    // activity sheets (issue 11)
    case "trainingRole":
      return listed(resolveTrainingRole(text), text, TRAINING_ROLES);
    case "councilKind":
      return listed(resolveCouncilKind(text), text, COUNCIL_KINDS);
    case "councilLevel": {
      const level = resolveCouncilLevel(text);
      if (level && ctx.date && !councilLevelInForce(level, ctx.date))
        return { kind: "notInForce", value: level };
      return listed(level, text, COUNCIL_LEVELS);
    }
  }
}

/** Decided on or after 22/5/2026: judged by QĐ 26/2026/QĐ-TTg. */
function isQd26(date: string | undefined): boolean {
  return date !== undefined && rulesOn(date).decision === "26/2026/QĐ-TTg";
}

/**
 * A product set: QĐ 148's names on every row, Phụ lục I's (QĐ 26/2026/QĐ-TTg) too. On a decision
 * from 22/5/2026 a QĐ 148 name that Phụ lục I changed is accepted with its new name to offer.
 */
function lookupProductSet(text: string, date: string | undefined): Lookup {
  const r = resolveProductSet(text);
  const qd26 = isQd26(date);
  if (r.kind === "ok") {
    const leaf = leafOfProductSet(r.set);
    if (qd26 && leaf && fold(leaf.name) !== fold(r.set.name))
      return { kind: "renamed", value: r.set.id, oldName: r.set.name, newName: leaf.name };
    return { kind: "ok", value: r.set.id };
  }
  const c = resolveClassification26(text);
  if (c.kind === "leaf") return { kind: "ok", value: c.leaf.id };
  if (qd26 && c.kind === "unknown" && c.suggestion)
    return { kind: "unknown", suggestion: c.suggestion };
  return r;
}

export function lookupStars(value: CellValue): 1 | 2 | 3 | 4 | 5 | undefined {
  return resolveStars(value);
}
