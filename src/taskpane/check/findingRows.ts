import type { Finding, Severity } from "../../core/findings/finding";
import { ALL_SHEETS } from "../../core/sheets/columns";

/** One line of the findings list: a sheet heading, a rule heading, or a finding. */
export type ListRow =
  | { kind: "sheet"; sheet: string; count: number }
  | { kind: "rule"; code: string; column?: string; letter: string; count: number }
  | { kind: "finding"; finding: Finding; ordinal: number };

/**
 * The column's header as the template writes it, from the finding's sheet kind and column key;
 * none when the finding does not name its column (codes are never taken apart for it).
 */
export function columnTitle(f: Pick<Finding, "sheetKind" | "columnKey">): string | undefined {
  if (!f.sheetKind || !f.columnKey) return undefined;
  const spec = ALL_SHEETS.find((s) => s.kind === f.sheetKind);
  return spec?.columns.find((c) => c.key === f.columnKey)?.header;
}

/**
 * Findings grouped by sheet, then by rule (code and column), with counts; groups keep the
 * order of their first finding (the core sorts by sheet, row, column).
 */
export function findingRows(findings: readonly Finding[], severity: Severity | "all"): ListRow[] {
  const shown = severity === "all" ? findings : findings.filter((f) => f.severity === severity);
  const sheets = new Map<string, Map<string, Finding[]>>();
  for (const f of shown) {
    let rules = sheets.get(f.sheet);
    if (!rules) sheets.set(f.sheet, (rules = new Map()));
    const key = `${f.code}|${f.column}`;
    const list = rules.get(key);
    if (list) list.push(f);
    else rules.set(key, [f]);
  }
  const rows: ListRow[] = [];
  let ordinal = 0;
  for (const [sheet, rules] of sheets) {
    let count = 0;
    for (const list of rules.values()) count += list.length;
    rows.push({ kind: "sheet", sheet, count });
    for (const list of rules.values()) {
      const first = list[0];
      rows.push({
        kind: "rule",
        code: first.code,
        column: columnTitle(first),
        letter: first.column,
        count: list.length,
      });
      for (const finding of list) rows.push({ kind: "finding", finding, ordinal: ordinal++ });
    }
  }
  return rows;
}
