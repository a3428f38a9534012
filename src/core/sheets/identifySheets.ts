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

/**
 * Which sheet holds which kind (domain.md §2): by name (any synonym, folded), else, for the
 * tracking sheets, by the header that matches best. The lists sheet is only taken by name: its
 * headers are the products sheet's headers.
 */
export function identifySheets(sheets: readonly RawSheet[]): Map<SheetKind, IdentifiedSheet> {
  const found = new Map<SheetKind, IdentifiedSheet>();
  const taken = new Set<RawSheet>();
  for (const spec of ALL_SHEETS) {
    const names = new Set([spec.defaultName, ...spec.nameSynonyms].map(fold));
    const sheet = sheets.find((s) => !taken.has(s) && names.has(fold(s.name)));
    if (!sheet) continue;
    taken.add(sheet);
    found.set(spec.kind, { spec, sheet, header: findHeader(sheet.values, spec) });
  }

  const candidates: { spec: SheetSpec; sheet: RawSheet; header: HeaderMatch }[] = [];
  for (const sheet of sheets) {
    if (taken.has(sheet) || !hasData(sheet)) continue;
    for (const spec of TRACKING_SHEETS) {
      if (found.has(spec.kind)) continue;
      const header = findHeader(sheet.values, spec);
      if (!header) continue;
      const required = spec.columns.filter((c) => c.required === true && header.columns.has(c.key));
      if (required.length >= MIN_REQUIRED_BY_HEADER) candidates.push({ spec, sheet, header });
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
