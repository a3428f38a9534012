import { useMemo, useState } from "react";
import type { CheckResult } from "../../core/check";
import { findingKey, type Finding, type Severity } from "../../core/findings";
import { recall, remember } from "../session/paneMemory";
import { findingRows, type ListRow } from "./findingRows";

export type Filter = Severity | "all";

/**
 * Which findings the list shows (the severity filter) and which one is chosen. The choice is
 * kept by identity, not by position: a re-check reorders and drops rows.
 */
export function useFindingSelection(result: CheckResult | undefined, workbook?: object) {
  const [filter, setFilter] = useState<Filter>(() => recall().severity ?? "all");
  const [activeKey, setActiveKey] = useState<string>();
  // Another workbook starts with nothing chosen: a finding at the same cell of the last file
  // would otherwise stay open and scroll the new list and page away from its first finding.
  const [seen, setSeen] = useState(workbook);
  if (seen !== workbook) {
    setSeen(workbook);
    setActiveKey(undefined);
  }

  const rows = useMemo(() => findingRows(result?.findings ?? [], filter), [result, filter]);
  const active = useMemo(() => indexOfKey(rows, activeKey), [rows, activeKey]);
  const activeRow = active !== undefined ? rows[active] : undefined;
  const current: Finding | undefined =
    activeRow?.kind === "finding" ? activeRow.finding : undefined;

  const chooseFilter = (next: Filter) => {
    setFilter(next);
    setActiveKey(undefined);
    remember({ severity: next });
  };

  /** Chooses the row at `index` (a heading chooses nothing); answers the finding chosen. */
  const chooseRow = (index: number): Finding | undefined => {
    const row = rows[index];
    setActiveKey(row?.kind === "finding" ? findingKey(row.finding) : undefined);
    return row?.kind === "finding" ? row.finding : undefined;
  };

  /** Moves on from the chosen finding, which is going: to the next one, or the one before. */
  const moveOn = () => setActiveKey(neighbourKey(rows, active));

  return { filter, chooseFilter, rows, active, current, chooseRow, moveOn };
}

/** Where the finding with this key is in the list now; undefined once a re-check dropped it. */
function indexOfKey(rows: readonly ListRow[], key: string | undefined): number | undefined {
  if (key === undefined) return undefined;
  const at = rows.findIndex((r) => r.kind === "finding" && findingKey(r.finding) === key);
  return at < 0 ? undefined : at;
}

/** The finding after the chosen one (or before it, at the end), to choose once it is gone. */
function neighbourKey(rows: readonly ListRow[], active: number | undefined): string | undefined {
  if (active === undefined) return undefined;
  const after = rows.slice(active + 1).find((r) => r.kind === "finding");
  const before = rows
    .slice(0, active)
    .reverse()
    .find((r) => r.kind === "finding");
  const next = after ?? before;
  return next?.kind === "finding" ? findingKey(next.finding) : undefined;
}
