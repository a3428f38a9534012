import {
  QD_26_FROM,
  REEVALUATION_CLOSES_DAYS_BEFORE,
  REEVALUATION_OPENS_DAYS_BEFORE,
} from "../reference/ocopRules";

/**
 * What "cần được đánh giá lại" asks under the rules in force on the report date: from QĐ
 * 26/2026/QĐ-TTg (Điều 7.6a) the dossier is filed 180 to 120 days before expiry; before it,
 * nothing more to say.
 */
export function reevaluationNote(asOf: string): string {
  if (asOf < QD_26_FROM) return "";
  return ` (hồ sơ nộp từ ${REEVALUATION_OPENS_DAYS_BEFORE} đến ${REEVALUATION_CLOSES_DAYS_BEFORE} ngày trước ngày hết hạn)`;
}
