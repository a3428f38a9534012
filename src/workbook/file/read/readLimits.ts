/**
 * How much of a file the reader takes on. Memory must follow the cells that hold data, never a
 * sheet's bounding box (one stray value at XFD1048576 would otherwise be a 17-billion-cell grid)
 * nor what a zip part claims to inflate to.
 */
export interface ReadLimits {
  /** Bytes one zip part may inflate to. */
  maxPartBytes: number;
  /** Cells holding a value, per sheet ("the sheet has N million cells; split it"). */
  maxCells: number;
  /** Grid slots (rows × columns kept) per sheet, values or not. */
  maxGridSlots: number;
  /** Empty rows after which a sheet is taken to have ended. */
  rowGap: number;
  /** Empty columns past the data's right edge after which a value is a stray, not data. */
  columnMargin: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  // A 50,000-row tracking workbook is ~16 MB of sheet XML; a real sheet stays far below this.
  maxPartBytes: 256 * 2 ** 20,
  // ~150,000 rows of 13 columns; the check of a 50,000-row workbook is the measured case.
  maxCells: 2_000_000,
  maxGridSlots: 8_000_000,
  rowGap: 10_000,
  columnMargin: 64,
};
