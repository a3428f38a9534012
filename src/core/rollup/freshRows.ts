import { TRACKING_SHEETS } from "../sheets/columns";
import type { RowsOfSource } from "./sourceRows";

/**
 * The sources' rows without those an earlier source already holds under the same origin (a
 * merged workbook read beside one of its sources): such a row is the same record, and the
 * across checks must not compare it with itself.
 */
export function freshRows(sources: readonly RowsOfSource[]): RowsOfSource[] {
  const seen = new Set<string>();
  return sources.map((rows) => {
    const mine: string[] = [];
    const out = { ...rows };
    for (const { kind } of TRACKING_SHEETS) {
      const kept = rows[kind].filter((row) => !seen.has(`${kind}|${row.origin}`));
      (out[kind] as unknown[]) = kept;
      for (const row of kept) mine.push(`${kind}|${row.origin}`);
    }
    for (const key of mine) seen.add(key);
    return out;
  });
}
