import type { FairRow } from "../sheets/rows";
import { fold } from "../text/fold";

/**
 * The start date each fair code dates its exhibits by, as readWorkbook reads them (the first
 * fair of a folded code with a start date): while it stays the same, the exhibits read the same.
 */
export function fairDatesKey(fairs: readonly FairRow[]): string {
  const dates = new Map<string, string>();
  for (const fair of fairs)
    if (fair.fairCode && fair.startDate && !dates.has(fold(fair.fairCode)))
      dates.set(fold(fair.fairCode), fair.startDate);
  return JSON.stringify([...dates]);
}
