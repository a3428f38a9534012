import type { Finding } from "../findings/finding";
import { dismissalKey, findingKey } from "../findings/findingKey";
import type { Settings } from "../settings";
import { parseCellAddress } from "../sheets/address";

/**
 * The user's dismissals as a test on findings. Most findings are on rows with no dismissal, so
 * the sheet and row are asked first and the key is spelled only for the few that are.
 */
export function dismissedTest(dismissed: Settings["dismissed"]): (f: Finding) => boolean {
  if (dismissed.length === 0) return () => false;
  const keys = new Set(dismissed.map(dismissalKey));
  const rows = new Map<string, Set<number>>();
  for (const d of dismissed) {
    const row = parseCellAddress(d.cell)?.row;
    if (row === undefined) continue;
    const set = rows.get(d.sheet) ?? new Set<number>();
    rows.set(d.sheet, set.add(row));
  }
  return (f) => rows.get(f.sheet)?.has(f.row) === true && keys.has(findingKey(f));
}
