import type { ReportModel } from "../model";

/**
 * Whether the year has any figure to write the document from: a product, a fair, a class or a
 * council counted in some paragraph. Without one the document would be all blanks and "không có"
 * sentences, so the doors refuse it rather than produce a report with nothing in it.
 */
export function documentHasData(report: ReportModel): boolean {
  return [...report.paragraphs, ...(report.activities ?? [])].some((p) => p.figures.length > 0);
}
