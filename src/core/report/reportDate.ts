import { isIsoDate } from "../isoDate";
import type { ReportOptions } from "./model";

/**
 * The ISO date the report counts to: `reportDate` when it is a real ISO date, else 31/12 of the
 * year. A malformed one ("31/12/2023", from settings typed by hand) is ignored rather than let
 * through: compared as text it would silently drop the "Lũy kế..." sentence.
 */
export function reportDateOf(options: Pick<ReportOptions, "year" | "reportDate">): string {
  return isIsoDate(options.reportDate) ? options.reportDate : `${options.year}-12-31`;
}
