import type { RawWorkbook } from "../../../core/sheets/rawSheet";
import type { ReadNote } from "../../../core/sheets/readNote";

/** The file formats the reader takes; each is read into the same grids. */
export type WorkbookFormat = "xlsx" | "xlsb" | "xls" | "ods";

export interface ReadXlsxResult {
  workbook: RawWorkbook;
  /** The hidden settings sheet's cell A1 (JSON), when the file door wrote one. */
  settingsJson?: string;
  /**
   * What was left out on purpose (values after a long gap, or far right): info for the user.
   * The same notes ride in `workbook.notes`, so every door's check turns them into findings.
   */
  notes: ReadNote[];
  format: WorkbookFormat;
}

/** The hidden sheet where the file door keeps settings; it is never read as data. */
export const SETTINGS_SHEET = "_ocop_settings";
