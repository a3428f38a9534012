import { effectiveReportYear } from "../reportYear";
import { isIsoDate } from "../isoDate";
import type { Settings } from "../settings";
import type { TypedWorkbook } from "../sheets/rows";
import type { ReportOptions } from "./model";

/**
 * Options as the workbook sets them: settings first, then the data (the year most fairs or
 * decisions are in). With neither, the year of `reportDate`; a workbook with no dated row and
 * no setting has nothing to report, and its year is 0.
 */
export function defaultReportOptions(
  typed: Pick<TypedWorkbook, "fairs" | "products" | "listUnits">,
  settings: Settings
): ReportOptions {
  // A report date that is not a real ISO date ("31/12/2023") is ignored, as the checker does.
  const reportDate = isIsoDate(settings.reportDate) ? settings.reportDate : undefined;
  const year =
    effectiveReportYear(typed, settings) ?? (reportDate ? Number(reportDate.slice(0, 4)) : 0);
  return {
    year,
    province: settings.province,
    agency: settings.agency,
    approximate: settings.reportApproximate ?? false,
    leadingZeros: true,
    reportDate,
    // Settings first, then the `Danh mục` sheet, as the checker reads the rows.
    units: settings.units ?? typed.listUnits,
  };
}
