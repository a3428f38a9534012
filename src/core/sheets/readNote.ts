/**
 * Something a file reader left out on purpose: values beyond a long run of empty rows, or far
 * right of the data (one stray "x" at XFD1048576 must cost nothing). The core tells the user
 * as an info finding at the cell (`noteFindings.ts`), whichever door read the file.
 */
export interface ReadNote {
  kind: "rowsAfterGap" | "columnsFarRight";
  sheet: string;
  /** The first value left out (Excel row, 1-based column). */
  row: number;
  column: number;
  /** rowsAfterGap: the empty rows before it. */
  emptyRows?: number;
}
