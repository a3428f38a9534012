import type { FairRow } from "../sheets/rows";
import { fold } from "../text/fold";

/**
 * Whether an exhibit's fair code names one of `fairs`, compared folded as the checker compares
 * them (exhibits.fairCode.unknown): "HC 01" and "hc-01" are fair "HC-01". A code that folds to
 * nothing names no fair. Folded once per distinct code: 100k exhibits share a few codes.
 */
export function fairCodeMatcher(fairs: readonly FairRow[]): (code: string | undefined) => boolean {
  const keys = new Set(fairs.map((f) => fold(f.fairCode ?? "")).filter((k) => k !== ""));
  const known = new Map<string, boolean>();
  return (code) => {
    if (!code) return false;
    let matches = known.get(code);
    if (matches === undefined) {
      matches = keys.has(fold(code));
      known.set(code, matches);
    }
    return matches;
  };
}
