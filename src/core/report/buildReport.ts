import type { TypedWorkbook } from "../sheets/rows";
import { eligibleRows } from "./eligibleRows";
import type { ReportModel, ReportOptions, ReportParagraph } from "./model";
import { promotionParagraph } from "./promotionParagraph";
import { rankingParagraph } from "./rankingParagraph";

/**
 * Typed rows → the narrative section of the annual report (domain.md §6). Only rows without
 * errors count; `leftOut` says which were not and why. Pure and deterministic.
 */
export function buildReport(typed: TypedWorkbook, options: ReportOptions): ReportModel {
  const rows = eligibleRows(typed);
  const paragraphs = [
    rankingParagraph(rows.products, options),
    promotionParagraph(rows.fairs, rows.exhibits, options),
  ].filter((p): p is ReportParagraph => p !== undefined);
  return {
    title: [
      {
        text: `Kết quả triển khai thực hiện Chương trình Mỗi xã một sản phẩm (OCOP) năm ${options.year}`,
        bold: true,
      },
    ],
    year: options.year,
    province: options.province,
    agency: options.agency,
    paragraphs,
    leftOut: rows.leftOut,
  };
}
