import type { CellValue } from "../../core/sheets/rawSheet";

/** A cell value as the pane quotes it: blanks named, long text cut. */
export function shownValue(value: CellValue | undefined, empty: string, max = 80): string {
  if (value === null || value === undefined || value === "") return empty;
  const text = String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
