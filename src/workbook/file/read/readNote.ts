/**
 * Something the reader left out on purpose, for the caller to show as an info finding: values
 * beyond a long run of empty rows, or far right of the data.
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
