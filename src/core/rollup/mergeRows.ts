import type { TrackingKind } from "../findings/finding";
import { fold as foldText } from "../text/fold";
import { fairCodeKey, fairNameKey } from "./fairIdentity";
import { cellString } from "./rowKey";
import { SameRows } from "./sameRows";
import type { RowsOfSource, SourceRow } from "./sourceRows";

/** A row the merged workbook holds: its source row, and its fair code once re-pointed. */
export interface MergedRow<K extends TrackingKind = TrackingKind> {
  from: SourceRow<K>;
  /** The fair code written in the merged row (fairs and exhibits). */
  fairCode?: string;
}

export interface MergedRows {
  fairs: MergedRow<"fairs">[];
  exhibits: MergedRow<"exhibits">[];
  products: MergedRow<"products">[];
  /** Fair rows folded into a fair already merged (the same fair in two sources). */
  fairsMerged: number;
}

/**
 * The rows of the merged workbook, in source order:
 * - a fair that is the same fair as one merged before (fairIdentity) is not repeated; a fair
 *   whose code a different merged fair already holds gets the code with "-2", "-3"...;
 * - an exhibit points at the merged code of the fair its source's code meant;
 * - a row with the same origin ("Nguồn") and the same cells as a row merged before is that row
 *   again (a merged workbook merged with one of its sources) and is not repeated. Rows from two
 *   different origins are always both kept, even when their cells are equal: the across checks
 *   name them, the merge never decides which one is right.
 */
export function mergeRows(sources: readonly RowsOfSource[]): MergedRows {
  const out: MergedRows = { fairs: [], exhibits: [], products: [], fairsMerged: 0 };
  const byCodeKey = new Map<string, string>();
  const byNameKey = new Map<string, string>();
  const codesTaken = new Set<string>();
  const seen = new SameRows<true>();
  // A fair row's origin and cells but its code → the code it was merged under.
  const byOrigin = new SameRows<string>();
  // Codes repeat on every exhibit: fold each once.
  const folded = new Map<string, string>();
  const fold = (code: string): string => {
    let f = folded.get(code);
    if (f === undefined) folded.set(code, (f = foldText(code)));
    return f;
  };
  // Per source: its folded fair code → the merged code its exhibits point at.
  const pointers = sources.map(() => new Map<string, string>());

  sources.forEach((rows, s) => {
    for (const row of rows.fairs) {
      const code = row.typed.fairCode ?? cellString(row.cells.fairCode);
      const codeKey = fairCodeKey(row.typed);
      const nameKey = fairNameKey(row.typed);
      // The same row again (its code maybe renamed by the first merge), else the same fair.
      const again = byOrigin.get(row, "");
      const already =
        again ??
        (codeKey ? byCodeKey.get(codeKey) : undefined) ??
        (nameKey ? byNameKey.get(nameKey) : undefined);
      if (already !== undefined) {
        if (code && !pointers[s].has(fold(code))) pointers[s].set(fold(code), already);
        if (again === undefined) out.fairsMerged++;
        continue;
      }
      const merged = code ? freeCode(code, codesTaken) : code;
      if (merged) codesTaken.add(fold(merged));
      if (code && !pointers[s].has(fold(code))) pointers[s].set(fold(code), merged);
      if (codeKey) byCodeKey.set(codeKey, merged);
      if (nameKey) byNameKey.set(nameKey, merged);
      // The merged code's own key, so a later merge of this merged workbook finds it again.
      const mergedKey = fairCodeKey({ ...row.typed, fairCode: merged });
      if (mergedKey) byCodeKey.set(mergedKey, merged);
      byOrigin.add(row, "", merged);
      out.fairs.push({ from: row, ...(merged ? { fairCode: merged } : {}) });
    }
  });

  sources.forEach((rows, s) => {
    for (const row of rows.exhibits) {
      const code = row.typed.fairCode ?? cellString(row.cells.fairCode);
      const fairCode = code ? (pointers[s].get(fold(code)) ?? code) : code;
      if (seen.get(row, fairCode)) continue;
      seen.add(row, fairCode, true);
      out.exhibits.push({ from: row, ...(fairCode ? { fairCode } : {}) });
    }
    for (const row of rows.products) {
      if (seen.get(row)) continue;
      seen.add(row, undefined, true);
      out.products.push({ from: row });
    }
  });
  return out;
}

/** `code`, or the first of "code-2", "code-3"... no merged fair holds. */
function freeCode(code: string, taken: ReadonlySet<string>): string {
  if (!taken.has(foldText(code))) return code;
  for (let n = 2; ; n++) if (!taken.has(foldText(`${code}-${n}`))) return `${code}-${n}`;
}
