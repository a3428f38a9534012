import type { TypedWorkbook } from "../sheets/rows";
import { eligibleActivities } from "./eligibleActivities";
import { eligibleRows } from "./eligibleRows";
import { evaluationParagraph } from "./evaluationParagraph";
import type { ReportModel, ReportNote, ReportOptions, ReportParagraph } from "./model";
import { promotionParagraph } from "./promotionParagraph";
import { rankingParagraph } from "./rankingParagraph";
import { reportDateOf } from "./reportDate";
import { refsOf } from "./rowRefs";
import { trainingParagraph } from "./trainingParagraph";

/**
 * Typed rows → the narrative section of the annual report (domain.md §6). Only rows without
 * errors count; `leftOut` says which were not and why, `notes` what was left unsaid on purpose.
 * A paragraph is there when its sheet is; every figure keeps its rows. Pure and deterministic.
 */
export function buildReport(typed: TypedWorkbook, options: ReportOptions): ReportModel {
  const rows = eligibleRows(typed);
  const refOf = refsOf(typed);
  const paragraphs: ReportParagraph[] = [];
  const notes: ReportNote[] = [];
  if (typed.locations.products || typed.products.length > 0) {
    const ranking = rankingParagraph(rows.products, options, refOf);
    paragraphs.push(ranking.paragraph);
    notes.push(...ranking.notes);
  } else {
    notes.push({ id: "noProductsSheet", rows: [] });
  }
  if (typed.locations.fairs || typed.fairs.length > 0) {
    paragraphs.push(promotionParagraph(rows.fairs, rows.exhibits, options, refOf));
  } else {
    notes.push({ id: "noFairsSheet", rows: [] });
  }
  // The document's training and evaluation topics, from the activity sheets when they are there.
  const activity = eligibleActivities(typed);
  const activities: ReportParagraph[] = [];
  if (typed.locations.training || (typed.training ?? []).length > 0)
    activities.push(trainingParagraph(activity.training, options, refOf));
  if (typed.locations.councils || (typed.councils ?? []).length > 0)
    activities.push(evaluationParagraph(activity.councils, options, refOf));
  return {
    title: [
      {
        text: `Kết quả triển khai thực hiện Chương trình Mỗi xã một sản phẩm (OCOP) năm ${options.year}`,
        bold: true,
      },
    ],
    year: options.year,
    reportDate: reportDateOf(options),
    province: options.province,
    agency: options.agency,
    paragraphs,
    leftOut: rows.leftOut,
    notes,
    ...(activities.length > 0 ? { activities, activityLeftOut: activity.leftOut } : {}),
  };
}
