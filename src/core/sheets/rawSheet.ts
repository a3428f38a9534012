import type { ReadNote } from "./readNote";

/**
 * What every door hands the core: the used range of each sheet as a grid of plain values,
 * exactly as Office.js `Range.values` gives them (numbers, strings, booleans, "" for blanks,
 * error cells as their error text such as "#REF!").
 */
export type CellValue = string | number | boolean | null;

export interface RawSheet {
  /** The sheet's name as the user sees it on its tab. */
  name: string;
  /** Address of values[0][0], e.g. "A1" (a used range may start further in). */
  origin: string;
  values: CellValue[][];
  /** Same shape as values when known; tells a date serial (`dd/mm/yyyy`) from a number. */
  numberFormats?: string[][];
  /**
   * The merged areas ("B5:B7") when the door knows them; undefined when it does not (then a
   * reader that needs them guesses from the values). Only the top-left cell of an area holds
   * its value in `values`, as `Range.values` gives it.
   */
  merges?: string[];
}

export interface RawWorkbook {
  sheets: RawSheet[];
  /** The workbook uses the 1904 date system (Mac-era files). */
  date1904?: boolean;
  /** What a file reader left out on purpose; the check tells them as info findings. */
  notes?: ReadNote[];
}

/** Excel's error values as `Range.values` reports them. */
export const EXCEL_ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
] as const;

const errorSet: ReadonlySet<string> = new Set(EXCEL_ERRORS);

/**
 * A formula cell saved without its result (a file written by a script or an app that does not
 * calculate, never opened and saved in Excel). Readers of files put this in the grid instead of
 * "", so the cell is never taken for an empty one; it is not an Excel error value either.
 */
export const UNCALCULATED_FORMULA = "#UNCALCULATED!";

export function isUncalculatedFormula(value: CellValue | undefined): boolean {
  return value === UNCALCULATED_FORMULA;
}

export function isExcelError(value: CellValue): value is string {
  // Every error value starts with "#": other text is not looked up (every cell asks).
  return typeof value === "string" && value.charCodeAt(0) === 35 && errorSet.has(value);
}
