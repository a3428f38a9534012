import type { Unit } from "../settings";
import { cellText } from "./cellText";
import type { ColumnSpec } from "./columns";
import { coerceDate, serialToDate } from "./coerceDate";
import { isDateFormat } from "./excelDate";
import { coerceNumber } from "./coerceNumber";
import { coerceText } from "./coerceText";
import { lookupReference, lookupStars, type ReferenceType } from "./referenceLookup";
import type { CellValue } from "./rawSheet";
import type { CellOutcome, SheetIssue } from "./sheetIssue";
import { shortDate } from "../text/wording";
import { allProvinceNames } from "../reference/provinces";
import { readNationalUnit, type NationalUnits } from "./unitReader";

const PROVINCE_NAMES = allProvinceNames();

export interface ReadContext {
  date1904: boolean;
  /** ISO date of today: an undated province must exist today or have existed before. */
  today: string;
  /** The units the user listed (settings or the lists sheet): they override the reference. */
  units?: readonly Unit[];
  /** Without listed units: the national reference, judged on each row's date. */
  national?: NationalUnits;
  /** The names of the reference units of either era (they tell legacy spellings apart). */
  unitNames?: readonly string[];
  /** An exhibit's date: the start date of its fair (by fair code). */
  exhibitDate?: (fairCode: string) => string | undefined;
}

/**
 * Reads one non-blank, non-error cell of a column. `date` is the row's date a dated reference
 * is judged at (a fair's province on its start date, a unit's type on the decision date).
 */
export type ColumnReader = (
  cell: CellValue,
  format: string | undefined,
  date?: string
) => CellOutcome;

/** Columns read on the row's date: places (the map changed) and the OCOP terms (QĐ 26/2026). */
export const DATED_TYPES: ReadonlySet<ColumnSpec["type"]> = new Set([
  "province",
  "district",
  "productSet",
  "level",
  // A council level exists in one era only (issue 11).
  "councilLevel",
]);

/** Lowest value of integer columns (domain.md §2: booths ≥ 0, exhibit count ≥ 1). */
const INTEGER_MIN: Record<string, number> = { booths: 0, count: 1, participants: 0 };

function withIssue(outcome: CellOutcome, issue: SheetIssue | undefined): CellOutcome {
  if (!issue) return outcome;
  return { ...outcome, issues: [issue, ...(outcome.issues ?? [])] };
}

function readText(col: ColumnSpec, cell: CellValue, format: string | undefined, date1904: boolean) {
  if (typeof cell === "number" && isDateFormat(format)) {
    const d = serialToDate(cell, date1904);
    if ("iso" in d) return { value: shortDate(d.iso) };
  }
  if (typeof cell !== "string") return { value: cellText(cell) };
  const t = coerceText(cell, col.key === "note");
  return withIssue({ value: t.clean }, t.issue);
}

function readInteger(col: ColumnSpec, cell: CellValue): CellOutcome {
  const n = coerceNumber(cell);
  const text = cellText(cell);
  if (n === undefined) return { issues: [{ what: "notNumber", params: { text } }] };
  if (!Number.isSafeInteger(n)) return { issues: [{ what: "notInteger", params: { text } }] };
  const min = INTEGER_MIN[col.key];
  if (min !== undefined && n < min)
    return { issues: [{ what: "outOfRange", params: { min, text } }] };
  return { value: n };
}

/** The names a reference column holds, which tell some legacy spellings apart (coerceText). */
function knownNames(type: ReferenceType, ctx: ReadContext): readonly string[] | undefined {
  if (type === "district") return ctx.units?.map((u) => u.name) ?? ctx.unitNames;
  return type === "province" ? PROVINCE_NAMES : undefined;
}

function readReference(
  type: ReferenceType,
  cell: CellValue,
  ctx: ReadContext,
  date: string | undefined,
  known: readonly string[] | undefined
): CellOutcome {
  const t = typeof cell === "string" ? coerceText(cell, false, known) : { clean: cellText(cell) };
  if (type === "district" && !ctx.units && ctx.national)
    return withIssue(readNationalUnit(t.clean, ctx.national, date), t.issue);
  const found = lookupReference(type, t.clean, { units: ctx.units, date, today: ctx.today });
  let outcome: CellOutcome;
  switch (found.kind) {
    case "ok":
      outcome = { value: found.value };
      break;
    case "unlisted":
      // No reference list to check against (a province without a known unit list).
      outcome = { value: t.clean };
      break;
    case "outdated":
      outcome = {
        value: found.value,
        issues: [
          {
            what: "outdated",
            params: { name: found.name, successor: found.successor, ...(date ? { date } : {}) },
            suggestion: found.successor,
            fixable: true,
          },
        ],
      };
      break;
    case "renamed":
      outcome = {
        value: found.value,
        issues: [
          {
            what: "renamed",
            params: { oldName: found.oldName, newName: found.newName },
            suggestion: found.newName,
            fixable: true,
          },
        ],
      };
      break;
    case "formerMinistry":
      outcome = {
        value: found.value,
        issues: [
          {
            what: "formerMinistry",
            params: { text: t.clean, ministry: found.ministry },
            suggestion: found.ministry,
            fixable: true,
          },
        ],
      };
      break;
    case "old":
      outcome = {
        value: found.value,
        issues: [
          {
            what: "oldName",
            params: { oldName: t.clean, newName: found.newName },
            suggestion: found.newName,
            fixable: true,
          },
        ],
      };
      break;
    case "notInForce":
      outcome = {
        value: found.value,
        issues: [{ what: "notInForce", params: { text: t.clean, date: date ?? "" } }],
      };
      break;
    default:
      outcome = {
        issues: [
          {
            what: "unknown",
            params: found.suggestion
              ? { text: t.clean, nearest: found.suggestion }
              : { text: t.clean },
            // The nearest listed name: written only after the user sees old → new.
            ...(found.suggestion ? { suggestion: found.suggestion, fixable: true } : {}),
          },
        ],
      };
  }
  return withIssue(outcome, t.issue);
}

/**
 * The reader of a column, memoised per distinct cell value (and date where the answer depends
 * on it): a sheet repeats the same districts, categories and dates thousands of times.
 */
export function columnReader(col: ColumnSpec, ctx: ReadContext): ColumnReader {
  const known =
    col.type === "district" || col.type === "province" ? knownNames(col.type, ctx) : undefined;
  const read = (cell: CellValue, format: string | undefined, date?: string): CellOutcome => {
    switch (col.type) {
      case "text":
      case "code":
        return readText(col, cell, format, ctx.date1904);
      case "date": {
        const d = coerceDate(cell, ctx.date1904);
        return "iso" in d
          ? { value: d.iso }
          : { issues: [{ what: "invalid", params: { text: cellText(cell) } }] };
      }
      case "integer":
        return readInteger(col, cell);
      case "number": {
        const n = coerceNumber(cell);
        return n === undefined
          ? { issues: [{ what: "notNumber", params: { text: cellText(cell) } }] }
          : { value: n };
      }
      case "stars": {
        const t = typeof cell === "string" ? coerceText(cell) : undefined;
        const stars = lookupStars(t ? t.clean : cell);
        const outcome: CellOutcome =
          stars === undefined
            ? { issues: [{ what: "unknown", params: { text: cellText(cell) } }] }
            : { value: stars };
        return withIssue(outcome, t?.issue);
      }
      default:
        return readReference(col.type, cell, ctx, date, known);
    }
  };
  const dated = DATED_TYPES.has(col.type);
  const cache = new Map<CellValue, CellOutcome>();
  const datedCache = new Map<string, Map<CellValue, CellOutcome>>();
  return (cell, format, date) => {
    // A number's meaning in a text column depends on its format: not worth caching.
    if (typeof cell === "number" && (col.type === "text" || col.type === "code"))
      return read(cell, format, date);
    let bucket = cache;
    if (dated) {
      const key = date ?? "";
      bucket = datedCache.get(key) ?? new Map();
      datedCache.set(key, bucket);
    }
    let outcome = bucket.get(cell);
    if (!outcome) {
      outcome = read(cell, format, date);
      bucket.set(cell, outcome);
    }
    return outcome;
  };
}
