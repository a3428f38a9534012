import { fold } from "../text/fold";
import { acrossAt } from "./acrossFinding";
import { fairNameKey, sameFair } from "./fairIdentity";
import type { RowsOfSource, SourceRow } from "./sourceRows";
import type { AcrossFinding } from "./types";

/**
 * Fairs read together: one code meaning different fairs in two files (an error: the exhibits
 * of one would count at the other), and one fair under two codes (the merge folds them into
 * one). Each fair row of a later file is named once, against the first file's row.
 */
export function fairsAcross(sources: readonly RowsOfSource[]): AcrossFinding[] {
  const byCode = new Map<string, SourceRow<"fairs">>();
  const byName = new Map<string, SourceRow<"fairs">>();
  const out: AcrossFinding[] = [];
  for (const rows of sources) {
    const mineByCode = new Map<string, SourceRow<"fairs">>();
    const mineByName = new Map<string, SourceRow<"fairs">>();
    for (const row of rows.fairs) {
      const fair = row.typed;
      const code = fair.fairCode ? fold(fair.fairCode) : "";
      const nameKey = fairNameKey(fair);
      const sameCode = code ? byCode.get(code) : undefined;
      const sameName = nameKey ? byName.get(nameKey) : undefined;
      if (sameCode && sameCode.origin !== row.origin && clash(row, sameCode)) {
        out.push(fairFinding("across.fairs.codeClash", row, sameCode));
      } else if (
        sameName &&
        sameName.origin !== row.origin &&
        fold(sameName.typed.fairCode ?? "") !== code
      ) {
        out.push(fairFinding("across.fairs.sameFairTwoCodes", row, sameName));
      }
      if (code && !mineByCode.has(code)) mineByCode.set(code, row);
      if (nameKey && !mineByName.has(nameKey)) mineByName.set(nameKey, row);
    }
    for (const [k, row] of mineByCode) if (!byCode.has(k)) byCode.set(k, row);
    for (const [k, row] of mineByName) if (!byName.has(k)) byName.set(k, row);
  }
  return out;
}

/**
 * The same code for two fairs: both dated, and not the same fair. An undated row says nothing
 * either way (its missing date is the per-file check's error).
 */
function clash(a: SourceRow<"fairs">, b: SourceRow<"fairs">): boolean {
  if (!a.typed.startDate || !b.typed.startDate) return false;
  return !sameFair(a.typed, b.typed);
}

/** A fair finding at this row's code, naming the other row's code, name and place. */
function fairFinding(
  code: "across.fairs.codeClash" | "across.fairs.sameFairTwoCodes",
  row: SourceRow<"fairs">,
  other: SourceRow<"fairs">
): AcrossFinding {
  return acrossAt(code, row, "fairCode", other, "fairCode", {
    fairCode: row.typed.fairCode ?? "",
    name: row.typed.name ?? "",
    otherName: other.typed.name ?? "",
    otherCode: other.typed.fairCode ?? "",
  });
}
