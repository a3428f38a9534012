import type { Severity } from "../rules/finding";

/**
 * What reading one cell found, before it is tied to a row: the finding code's last part
 * (`invalid` in `fairs.startDate.invalid`) and the rest of the finding. Outcomes are cached per
 * distinct cell value, so one issue object serves every row that holds the same text.
 */
export interface SheetIssue {
  severity: Severity;
  what: string;
  params?: Record<string, string | number>;
  suggestion?: string | number;
  fixable?: boolean;
}

/** A cell read: the typed value (absent when unreadable) and what was found on the way. */
export interface CellOutcome {
  value?: string | number;
  issues?: SheetIssue[];
}
