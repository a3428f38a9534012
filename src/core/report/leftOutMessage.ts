import type { Lang } from "../findings/lang";
import { ALL_SHEETS } from "../sheets/columns";
import { LEFT_OUT_TEXT } from "./leftOutText";
import type { LeftOut } from "./model";

/** How many rows the report did not count. */
export function leftOutTotal(leftOut: readonly LeftOut[]): number {
  return leftOut.reduce((sum, l) => sum + l.rows.length, 0);
}

/**
 * One line a door shows when rows were left out: how many, where and why. Empty when none.
 * Row lists are cut after ten so the line stays a line.
 */
export function leftOutMessage(leftOut: readonly LeftOut[], lang: Lang): string {
  const total = leftOutTotal(leftOut);
  if (total === 0) return "";
  const text = LEFT_OUT_TEXT[lang];
  const parts = leftOut.map((l) =>
    text.part({
      sheet: l.sheet ?? ALL_SHEETS.find((s) => s.kind === l.kind)?.defaultName ?? l.kind,
      rows: l.rows.slice(0, 10).join(", ") + (l.rows.length > 10 ? ", …" : ""),
      count: l.rows.length,
      reason: text.reasons[l.reason],
    })
  );
  return text.line({ total, parts: parts.join("; ") });
}
