import type { Finding, SheetKind, TrackingKind } from "../findings/finding";
import { raise } from "../findings/raise";
import { columnLetter } from "./address";
import type { IdentifiedSheet } from "./identifySheets";
import type { ReadNote } from "./readNote";
import { SHEET_CODES } from "./readerCodes";

/**
 * A file reader's notes (values it left out on purpose) as info findings at the first cell left
 * out, so a user sees why a value far away was not checked. A note about a sheet that is not a
 * tracking sheet tells nothing about the check and is dropped (the small activity sheets have
 * no sheet-level codes for it).
 */
export function noteFindings(
  notes: readonly ReadNote[] | undefined,
  found: ReadonlyMap<SheetKind, IdentifiedSheet>
): Finding[] {
  if (!notes || notes.length === 0) return [];
  const kindOf = new Map<string, TrackingKind>();
  for (const [kind, hit] of found) if (isTracking(kind)) kindOf.set(hit.sheet.name, kind);
  const out: Finding[] = [];
  for (const note of notes) {
    const kind = kindOf.get(note.sheet);
    if (!kind) continue;
    const place = {
      sheet: note.sheet,
      sheetKind: kind,
      row: note.row,
      column: columnLetter(note.column),
    };
    out.push(
      note.kind === "rowsAfterGap"
        ? raise(SHEET_CODES[kind].rowsAfterGap, place, {
            params: { emptyRows: note.emptyRows ?? 0 },
          })
        : raise(SHEET_CODES[kind].columnsFarRight, place, {})
    );
  }
  return out;
}

function isTracking(kind: SheetKind): kind is TrackingKind {
  return kind === "fairs" || kind === "exhibits" || kind === "products";
}
