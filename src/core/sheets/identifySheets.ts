import type { SheetKind } from "../findings/finding";
import { fold } from "../text/fold";
import { isBlank } from "./cellText";
import { ALL_SHEETS, TRACKING_SHEETS, type SheetSpec } from "./columns";
import { findHeader, type HeaderMatch } from "./findHeader";
import type { RawSheet } from "./rawSheet";

export interface IdentifiedSheet {
  spec: SheetSpec;
  sheet: RawSheet;
  /** Undefined when the sheet was found by name but no row of it reads as a header. */
  header?: HeaderMatch;
}

/** A sheet found by its header must name at least this many of its kind's required columns. */
const MIN_REQUIRED_BY_HEADER = 2;

function hasData(sheet: RawSheet): boolean {
  return sheet.values.some((row) => row.some((v) => !isBlank(v)));
}

const namesBySpec = new WeakMap<SheetSpec, ReadonlySet<string>>();

function namedAs(spec: SheetSpec, sheet: RawSheet): boolean {
  let names = namesBySpec.get(spec);
  if (!names) {
    names = new Set([spec.defaultName, ...spec.nameSynonyms].map(fold));
    namesBySpec.set(spec, names);
  }
  return names.has(fold(sheet.name));
}

/** The header that makes `sheet` a candidate for `spec` when no sheet is named for it. */
function headerCandidate(spec: SheetSpec, sheet: RawSheet): HeaderMatch | undefined {
  const header = findHeader(sheet.values, spec);
  if (!header) return undefined;
  const required = spec.columns.filter((c) => c.required === true && header.columns.has(c.key));
  return required.length >= MIN_REQUIRED_BY_HEADER ? header : undefined;
}

/**
 * Whether `identifySheets` could take this sheet for any kind, told from its name and its first
 * `HEADER_SEARCH_ROWS` rows alone (all that identifying reads). A file reader asks it after
 * those rows and skips the rest of a sheet it answers false for: the workbook's other sheets
 * (notes, pivot sources, old years) then cost nothing, and the findings stay the same, since
 * identifySheets never takes a sheet this answers false for.
 */
export function mayBeIdentified(sheet: RawSheet): boolean {
  if (ALL_SHEETS.some((spec) => namedAs(spec, sheet))) return true;
  return (
    hasData(sheet) && TRACKING_SHEETS.some((spec) => headerCandidate(spec, sheet) !== undefined)
  );
}

/**
 * Which sheet holds which kind (domain.md §2): by name (any synonym, folded), else, for the
 * tracking sheets, by the header that matches best. The lists sheet is only taken by name: its
 * headers are the products sheet's headers.
 */
export function identifySheets(sheets: readonly RawSheet[]): Map<SheetKind, IdentifiedSheet> {
  const found = new Map<SheetKind, IdentifiedSheet>();
  const taken = new Set<RawSheet>();
  for (const spec of ALL_SHEETS) {
    const sheet = sheets.find((s) => !taken.has(s) && namedAs(spec, s));
    if (!sheet) continue;
    taken.add(sheet);
    found.set(spec.kind, { spec, sheet, header: findHeader(sheet.values, spec) });
  }

  const candidates: { spec: SheetSpec; sheet: RawSheet; header: HeaderMatch }[] = [];
  for (const sheet of sheets) {
    if (taken.has(sheet) || !hasData(sheet)) continue;
    for (const spec of TRACKING_SHEETS) {
      if (found.has(spec.kind)) continue;
      const header = headerCandidate(spec, sheet);
      if (header) candidates.push({ spec, sheet, header });
    }
  }
  // Best match first; on a tie the earlier sheet, then the earlier kind (stable sort).
  candidates.sort((a, b) => b.header.score - a.header.score);
  for (const c of candidates) {
    if (found.has(c.spec.kind) || taken.has(c.sheet)) continue;
    taken.add(c.sheet);
    found.set(c.spec.kind, c);
  }
  return found;
}
