import type { Finding } from "../findings/finding";
import {
  missedWindowLastDay,
  QD_26_FROM,
  reevaluationState,
  reevaluationWindow,
} from "../reference/ocopRules";
import type { ProductRow } from "../sheets/rows";
import { shortDate } from "../text/wording";
import { productKey } from "./productRules";
import type { RuleContext } from "./ruleContext";

/**
 * QĐ 26/2026/QĐ-TTg Điều 7.6a: a re-evaluation dossier is filed 180 to 120 days before the
 * certificate expires. On a report date from 22/5/2026 (the rule in force), every certificate
 * whose window is open, or has passed before expiry, gets a finding with both window dates.
 * An expired one is `expiredAtReportDate`'s; a product re-ranked later on the sheet is not
 * flagged on its older row (its newer certificate is the one that counts).
 */
export function reevaluationDue(ctx: RuleContext): Finding[] {
  const reportDate = ctx.reportDate;
  if (!reportDate || reportDate < QD_26_FROM) return [];
  const latest = new Map<string, string>();
  const held = ctx.typed.products.filter(
    (p): p is ProductRow & { decisionDate: string } =>
      p.decisionDate !== undefined &&
      p.decisionDate <= reportDate &&
      (p.stars === undefined || p.stars >= 3)
  );
  const keyOf = (p: ProductRow) => (p.product ? productKey(ctx, p.product, p.producer) : "");
  for (const p of held) {
    const key = keyOf(p);
    if (key && (latest.get(key) ?? "") < p.decisionDate) latest.set(key, p.decisionDate);
  }
  const out: Finding[] = [];
  for (const p of held) {
    const key = keyOf(p);
    if (key && latest.get(key) !== p.decisionDate) continue;
    const expiryDate = ctx.expiry(p.decisionDate);
    if (!expiryDate) continue;
    const state = reevaluationState(expiryDate, reportDate);
    if (state !== "open" && state !== "closed") continue;
    const { opens, closes } = reevaluationWindow(expiryDate);
    const params = {
      expiryDate,
      openDate: opens,
      closeDate: closes,
      reportDate,
      lastDate: missedWindowLastDay(expiryDate),
    };
    const finding = ctx.at("products", p.row, "decisionDate", {
      code:
        state === "open"
          ? "products.decisionDate.reevaluationOpen"
          : "products.decisionDate.reevaluationMissed",
      value: shortDate(p.decisionDate),
      params,
    });
    if (finding) out.push(finding);
  }
  return out;
}
