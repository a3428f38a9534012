import { TRACKING_SHEETS } from "../sheets/columns";
import type { RowsOfSource } from "./sourceRows";

/**
 * The sources' rows without those an earlier source already holds under the same origin (a
 * merged workbook read beside one of its sources): such a row is the same record, and the
 * across checks must not compare it with itself.
 */
export function freshRows(sources: readonly RowsOfSource[]): RowsOfSource[] {
  const seen = {
    fairs: new Set<string>(),
    exhibits: new Set<string>(),
    products: new Set<string>(),
  };
  return sources.map((rows) => {
    const out = { ...rows };
    for (const { kind } of TRACKING_SHEETS) {
      const kept = rows[kind].filter((row) => !seen[kind].has(row.origin));
      (out[kind] as unknown[]) = kept;
    }
    // Added after the source: rows of one file never hide each other.
    for (const { kind } of TRACKING_SHEETS) for (const row of out[kind]) seen[kind].add(row.origin);
    return out;
  });
}
