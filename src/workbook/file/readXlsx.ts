import type { RawSheet } from "../../core/sheets/rawSheet";
import { mayBeIdentified } from "../../core/sheets/identifySheets";
import { container, zipFormat } from "./read/detectFormat";
import { readOle } from "./read/readOle";
import { DEFAULT_LIMITS, type ReadLimits } from "./read/readLimits";
import { readOoxml } from "./read/readOoxml";
import { UnreadableWorkbookError } from "./read/readProblem";
import type { ReadXlsxResult } from "./read/readResult";
import { SETTINGS_SHEET } from "./read/readResult";
import { readWithSheetJs } from "./read/readWithSheetJs";
import { inflatePart, zipParts } from "./read/zipParts";

export { UnreadableWorkbookError, readProblemText, type ReadProblemCode } from "./read/readProblem";
export { SETTINGS_SHEET, type ReadXlsxResult, type WorkbookFormat } from "./read/readResult";
export type { ReadNote } from "../../core/sheets/readNote";
export type { ReadLimits } from "./read/readLimits";

/**
 * Reads a workbook file (Node Buffer or browser ArrayBuffer) into the grids the Excel door
 * gives: values as `Range.values` would report them (dates as serials, merged areas only in
 * their top-left cell, formula cells as their cached result, a formula without one as
 * `UNCALCULATED_FORMULA`) and number formats beside them. .xlsx is read by a streaming scan;
 * .xls, .xlsb and .ods by SheetJS, loaded only for them. What the file is comes from its bytes.
 * A file that cannot be read throws `UnreadableWorkbookError` with a reason code.
 */
export async function readXlsx(
  data: ArrayBuffer | Uint8Array,
  options: {
    limits?: Partial<ReadLimits>;
    /**
     * Read every sheet. By default a sheet is read past its first rows only when the check could
     * take it (`mayBeIdentified`: a tracking or lists sheet, by name or header) or it holds the
     * settings; the others are left out of the workbook, which changes no finding.
     */
    allSheets?: boolean;
  } = {}
): Promise<ReadXlsxResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const keep = options.allSheets ? undefined : checkedOrSettings;
  switch (container(bytes)) {
    case "zip": {
      const parts = zipParts(bytes);
      const format = zipFormat(parts);
      if (format === undefined) throw new UnreadableWorkbookError("notWorkbook");
      if (format === "xlsx") return readOoxml(bytes, parts, limits, keep);
      // SheetJS inflates every part at once, trusting the sizes a zip declares: each part is
      // first inflated here, counted and dropped, under the same cap and bomb ratio.
      for (const part of parts.values()) inflatePart(bytes, part, limits.maxPartBytes, () => true);
      return readWithSheetJs(bytes, format, limits, keep);
    }
    case "ole":
      return readOle(bytes, limits, keep);
    case "csv":
      throw new UnreadableWorkbookError("csv");
    default:
      throw new UnreadableWorkbookError("notWorkbook");
  }
}

function checkedOrSettings(head: RawSheet): boolean {
  return head.name === SETTINGS_SHEET || mayBeIdentified(head);
}
