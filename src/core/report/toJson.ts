import type { Lang } from "../findings/lang";
import { ALL_SHEETS } from "../sheets/columns";
import { LEFT_OUT_TEXT } from "./leftOutText";
import { runsText, type ReportModel, type RowRef } from "./model";

/** The report as data (`ocop report FILE --format json`), the shape issue 10 fixes. */
export interface ReportJson {
  year: number;
  paragraphs: Array<{
    id: string;
    text: string;
    figures: Array<{ text: string; rows: RowRef[] }>;
  }>;
  leftOut: Array<{ sheet: string; row: number; reason: string }>;
}

/** Each paragraph's plain text with its figures and their rows; every left-out row with why. */
export function toJson(model: ReportModel, lang: Lang = "vi"): ReportJson {
  const reasons = LEFT_OUT_TEXT[lang].reasons;
  return {
    year: model.year,
    paragraphs: model.paragraphs.map((p) => ({
      id: p.id,
      text: runsText(p.runs),
      figures: p.figures.map((f) => ({
        text: f.text,
        rows: f.rows.map((r) => ({ sheet: r.sheet, row: r.row })),
      })),
    })),
    leftOut: model.leftOut.flatMap((l) =>
      l.rows.map((row) => ({
        sheet: l.sheet ?? ALL_SHEETS.find((s) => s.kind === l.kind)?.defaultName ?? l.kind,
        row,
        reason: reasons[l.reason],
      }))
    ),
  };
}
