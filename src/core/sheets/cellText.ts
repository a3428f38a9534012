import type { CellValue } from "./rawSheet";

/** True for a cell a user would call empty: nothing, or only spaces. */
export function isBlank(value: CellValue | undefined): boolean {
  if (value === null || value === undefined || value === "") return true;
  return typeof value === "string" && value.trim() === "";
}

/** A cell as text for matching headers and names (numbers and booleans as written). */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : String(value);
}
