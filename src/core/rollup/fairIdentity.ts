import type { FairRow } from "../sheets/rows";
import { fold } from "../text/fold";

/**
 * When two fair rows are one fair (issue 15): the same code and dates, or the same name,
 * province and dates (names and codes folded: "Hội chợ OCOP" = "Hoi cho ocop"). A row without
 * both dates is never the same as another: nothing says it is.
 */
export function fairCodeKey(fair: FairRow): string | undefined {
  const code = fair.fairCode ? fold(fair.fairCode) : "";
  if (!code || !fair.startDate || !fair.endDate) return undefined;
  return `${code}|${fair.startDate}|${fair.endDate}`;
}

export function fairNameKey(fair: FairRow): string | undefined {
  const name = fair.name ? fold(fair.name) : "";
  if (!name || !fair.province || !fair.startDate || !fair.endDate) return undefined;
  return `${name}|${fold(fair.province)}|${fair.startDate}|${fair.endDate}`;
}

export function sameFair(a: FairRow, b: FairRow): boolean {
  const code = fairCodeKey(a);
  const name = fairNameKey(a);
  return (
    (code !== undefined && code === fairCodeKey(b)) ||
    (name !== undefined && name === fairNameKey(b))
  );
}
