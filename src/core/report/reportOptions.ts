import { effectiveReportYear } from "../reportYear";
import type { Settings } from "../settings";
import type { TypedWorkbook } from "../sheets/rows";
import type { ReportOptions } from "./model";

/**
 * Options as the workbook sets them: settings first, then the data (the year most fairs or
 * decisions are in). With neither, the year of `reportDate`; a workbook with no dated row and
 * no setting has nothing to report, and its year is 0.
 */
export function defaultReportOptions(
  typed: Pick<TypedWorkbook, "fairs" | "products">,
  settings: Settings
): ReportOptions {
  const year =
    effectiveReportYear(typed, settings) ??
    (settings.reportDate ? Number(settings.reportDate.slice(0, 4)) : 0);
  return {
    year,
    province: settings.province,
    agency: settings.agency,
    approximate: true,
    leadingZeros: true,
    reportDate: settings.reportDate,
    units: settings.units,
  };
}
