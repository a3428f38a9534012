import type { Dismissal } from "../settings";
import type { Finding } from "./finding";

/**
 * The one spelling of a finding's identity, shared by dismissals, highlights and the pane's
 * selection: a finding and the dismissal that names it get the same key.
 */
export function dismissalKey(d: Dismissal): string {
  return `${d.code}|${d.sheet}|${d.cell}`;
}

/** The dismissal that would silence this finding. */
export function dismissalOf(f: Pick<Finding, "code" | "sheet" | "row" | "column">): Dismissal {
  return { code: f.code, sheet: f.sheet, cell: `${f.column}${f.row}` };
}

/** Identity used for dismissals: the same rule on the same cell. */
export function findingKey(f: Pick<Finding, "code" | "sheet" | "row" | "column">): string {
  return dismissalKey(dismissalOf(f));
}
