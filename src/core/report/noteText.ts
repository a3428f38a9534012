import type { ByLang, Lang } from "../findings/lang";
import type { ReportNote, ReportNoteId } from "./model";

const NOTE_TEXT: ByLang<Record<ReportNoteId, string>> = {
  vi: {
    cumulativeNeedsEarlierRows:
      "Không ghi số lũy kế: sheet sản phẩm OCOP chỉ có sản phẩm công nhận trong năm báo cáo, nên không tính được số sản phẩm còn hiệu lực.",
    noProductsSheet: "Không có đoạn phân hạng: không tìm thấy sheet sản phẩm OCOP.",
    noFairsSheet: "Không có đoạn xúc tiến thương mại: không tìm thấy sheet hội chợ.",
    duplicatesCountedOnce: "Sản phẩm ghi trùng được tính một lần; các dòng trùng:",
  },
  en: {
    cumulativeNeedsEarlierRows:
      "No cumulative total: the ranked-products sheet holds only the report year's products, so the certificates still valid cannot be counted.",
    noProductsSheet: "No ranking paragraph: the ranked-products sheet was not found.",
    noFairsSheet: "No promotion paragraph: the fairs sheet was not found.",
    duplicatesCountedOnce: "A product entered twice is counted once; the repeated rows:",
  },
};

/** Why part of the report is left unsaid, as a door shows it beside the report. */
export function noteText(note: ReportNote, lang: Lang): string {
  const text = NOTE_TEXT[lang][note.id];
  if (note.rows.length === 0) return text;
  const rows = note.rows.map((r) => `'${r.sheet}' ${lang === "vi" ? "dòng" : "row"} ${r.row}`);
  return `${text} ${rows.join(", ")}.`;
}
