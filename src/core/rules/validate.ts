import type { Settings } from "../settings";
import type { TypedWorkbook } from "../sheets/rows";
import { ocopExhibitsAgainstRanked, unknownFairCodes } from "./crossSheetRules";
import { duplicateExhibits, EXHIBIT_ROW_RULES } from "./exhibitRules";
import { duplicateFairCodes, FAIR_ROW_RULES } from "./fairRules";
import type { Finding } from "../findings/finding";
import { duplicateProducts, expiredAtReportDate, PRODUCT_ROW_RULES } from "./productRules";
import { reevaluationDue } from "./reevaluationRules";
import { applyRowRules, ruleContext, type SheetRule } from "./ruleContext";

const SHEET_RULES: readonly SheetRule[] = [
  duplicateFairCodes,
  duplicateExhibits,
  duplicateProducts,
  expiredAtReportDate,
  reevaluationDue,
  unknownFairCodes,
  ocopExhibitsAgainstRanked,
];

/**
 * Row, cross-row and cross-sheet rules of domain.md §4 on typed rows. Missing values, type
 * errors, unknown names and encodings are the reader's findings (core/sheets), not repeated here.
 * Linear in the row count: cross-row rules index rows by folded key.
 */
export function validate(
  typed: TypedWorkbook,
  settings: Settings,
  options: { today: string }
): Finding[] {
  const ctx = ruleContext(typed, settings, options);
  return [
    ...applyRowRules(typed.fairs, FAIR_ROW_RULES, ctx),
    ...applyRowRules(typed.exhibits, EXHIBIT_ROW_RULES, ctx),
    ...applyRowRules(typed.products, PRODUCT_ROW_RULES, ctx),
    ...SHEET_RULES.flatMap((rule) => rule(ctx)),
  ];
}
