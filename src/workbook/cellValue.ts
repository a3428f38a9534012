import type { CellValue } from "../core/sheets/rawSheet";

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || v === "";
}

/** A number and its plain decimal text ("12", "-3.5"); "1e3", " 12" or "012" are not a number's text. */
function isTextOf(text: string, n: number): boolean {
  return /^-?\d+(\.\d+)?$/.test(text) && !/^-?0\d/.test(text) && Number(text) === n;
}

/**
 * Does a cell still hold the value the user saw? Blank, null and missing are the same empty cell
 * (Office.js reads blanks as "", a file as null); a number equals its plain decimal text (a value
 * read from a file where it was stored as text, or typed into a Text cell); otherwise the values
 * must be identical (so " a" ≠ "a", true ≠ "TRUE").
 */
export function sameCellValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (isBlank(a) || isBlank(b)) return isBlank(a) && isBlank(b);
  if (a === b) return true;
  if (typeof a === "number" && typeof b === "string") return isTextOf(b, a);
  if (typeof a === "string" && typeof b === "number") return isTextOf(a, b);
  return false;
}
