import { GROUPS, PRODUCT_SETS, starsForScore } from "../reference/ocop";
import { rulesOn, type RecognisedStars } from "../reference/ocopRules";
import type { ProductRow } from "../sheets/rows";
import { shortDate } from "../text/wording";
import type { Finding } from "../findings/finding";
import { repeats } from "./repeats";
import type { RowRule, RuleContext } from "./ruleContext";
import { productIdentity } from "./productIdentity";

export const scoreOutOfRange: RowRule<ProductRow> = (product, ctx) => {
  const { score } = product;
  if (score === undefined || (score >= 0 && score <= 100)) return undefined;
  return ctx.at("products", product.row, "score", {
    code: "products.score.outOfRange",
    value: score,
    params: { score },
  });
};

// QĐ 148/QĐ-TTg 24/02/2023: only 3★, 4★ and 5★ products are recognised (certified).
export const starsNotRecognised: RowRule<ProductRow> = (product, ctx) => {
  if (product.stars === undefined || product.stars >= 3) return undefined;
  return ctx.at("products", product.row, "stars", {
    code: "products.stars.notRecognised",
    value: product.stars,
    params: { stars: product.stars },
  });
};

/** Stars must be the band of the score (half-open bands of QĐ 148/QĐ-TTg, via the reference). */
export const starsScoreMismatch: RowRule<ProductRow> = (product, ctx) => {
  const { score, stars } = product;
  if (score === undefined || stars === undefined || score < 0 || score > 100) return undefined;
  const expected = starsForScore(score);
  if (expected === stars) return undefined;
  return ctx.at("products", product.row, "stars", {
    code: "products.stars.scoreMismatch",
    value: stars,
    params: { score, stars, expectedStars: expected },
    // Below 3★ there is no rating to suggest: such a product is not recognised (QĐ 148/QĐ-TTg).
    ...(expected >= 3 ? { suggestion: expected } : {}),
  });
};

/** Decided today is fine; tomorrow is a typing mistake. */
export const decisionInFuture: RowRule<ProductRow> = (product, ctx) => {
  if (!product.decisionDate || product.decisionDate <= ctx.today) return undefined;
  return ctx.at("products", product.row, "decisionDate", {
    code: "products.decisionDate.future",
    value: shortDate(product.decisionDate),
    params: { decisionDate: product.decisionDate, today: ctx.today },
  });
};

/**
 * Which level recognises a product depends on its stars and on the rules of its decision date
 * (`rulesOn`): QĐ 148/QĐ-TTg (with QĐ 1489 from 01/7/2025), then QĐ 26/2026/QĐ-TTg.
 */
export const levelContradictsEra: RowRule<ProductRow> = (product, ctx) => {
  const { level, stars, decisionDate } = product;
  if (!level || !decisionDate || stars === undefined || stars < 3) return undefined;
  const rules = rulesOn(decisionDate);
  const expected = [...rules.recognisers[stars as RecognisedStars]];
  if (expected.length === 0 || expected.includes(level)) return undefined;
  if (rules.decision === "26/2026/QĐ-TTg") {
    // QĐ 26/2026/QĐ-TTg Điều 4.1: UBND cấp tỉnh for 3★ and 4★, the ministry for 5★.
    const body = stars === 5 ? rules.centralBody : "UBND cấp tỉnh";
    return ctx.at("products", product.row, "level", {
      code: "products.level.notRecogniser",
      value: level,
      params: { level, stars, decisionDate, body },
      suggestion: stars === 5 ? rules.centralBody : "tỉnh",
    });
  }
  return ctx.at("products", product.row, "level", {
    code: "products.level.era",
    value: level,
    params: { level, stars, decisionDate, expectedLevels: expected.join("|") },
    suggestion: expected.length === 1 ? expected[0] : undefined,
  });
};

/** A stated expiry must be the decision date + 36 months; the suggestion is the right date. */
export const expiryMismatch: RowRule<ProductRow> = (product, ctx) => {
  if (!product.expiryDate || !product.decisionDate) return undefined;
  const expected = ctx.expiry(product.decisionDate);
  if (!expected || expected === product.expiryDate) return undefined;
  return ctx.at("products", product.row, "expiryDate", {
    code: "products.expiryDate.mismatch",
    value: shortDate(product.expiryDate),
    params: { expiryDate: product.expiryDate, expectedExpiry: expected },
    suggestion: shortDate(expected),
  });
};

const setById = new Map(PRODUCT_SETS.map((set) => [set.id, set]));
const groupName = (id: number): string => GROUPS.find((g) => g.id === id)?.name ?? String(id);

/**
 * A product set of another group: a warning, not an error. The report counts products by stars,
 * district and status, not by set, so no figure is wrong; a human decides which cell to fix.
 */
export const productSetOutsideGroup: RowRule<ProductRow> = (product, ctx) => {
  if (product.productSet === undefined || product.group === undefined) return undefined;
  const set = setById.get(product.productSet);
  if (!set || set.group === product.group) return undefined;
  return ctx.at("products", product.row, "productSet", {
    code: "products.productSet.wrongGroup",
    value: set.name,
    params: {
      productSet: set.id,
      productSetName: set.name,
      setGroup: set.group,
      setGroupName: groupName(set.group),
      group: product.group,
      groupName: groupName(product.group),
    },
  });
};

export const PRODUCT_ROW_RULES: readonly RowRule<ProductRow>[] = [
  scoreOutOfRange,
  starsNotRecognised,
  starsScoreMismatch,
  decisionInFuture,
  levelContradictsEra,
  expiryMismatch,
  productSetOutsideGroup,
];

/** Ranked products by folded product + producer: the identity of a certificate holder. */
export function productKey(
  ctx: RuleContext,
  product: string,
  producer: string | undefined
): string {
  return `${ctx.key(product)}|${producer ? ctx.key(producer) : ""}`;
}

/** Every repeat of the same product by the same producer on the ranked sheet, naming the first. */
export function duplicateProducts(ctx: RuleContext): Finding[] {
  const keyOf = (product: ProductRow) => productIdentity(ctx.key, product);
  return repeats(ctx.typed.products, keyOf).flatMap(
    ({ repeat, firstRow }) =>
      ctx.at("products", repeat.row, "product", {
        code: "products.product.duplicate",
        value: repeat.product,
        params: { product: repeat.product!, producer: repeat.producer ?? "", firstRow },
      }) ?? []
  );
}

/**
 * Certificates expired by the report date (decision + 36 months ≤ report date). A product
 * re-ranked later on the sheet with a certificate still valid is not flagged: its old row is
 * history, not a lapse.
 */
export function expiredAtReportDate(ctx: RuleContext): Finding[] {
  const reportDate = ctx.reportDate;
  if (!reportDate) return [];
  const latestValid = new Set<string>();
  const expired: { product: ProductRow; expiry: string }[] = [];
  for (const product of ctx.typed.products) {
    if (!product.decisionDate || product.decisionDate > reportDate) continue;
    if (product.stars !== undefined && product.stars < 3) continue;
    const expiry = ctx.expiry(product.decisionDate);
    if (!expiry) continue;
    if (expiry > reportDate) {
      if (product.product) latestValid.add(productKey(ctx, product.product, product.producer));
    } else {
      expired.push({ product, expiry });
    }
  }
  const out: Finding[] = [];
  for (const { product, expiry } of expired) {
    if (product.product && latestValid.has(productKey(ctx, product.product, product.producer))) {
      continue;
    }
    const finding = ctx.at("products", product.row, "decisionDate", {
      code: "products.decisionDate.expired",
      value: shortDate(product.decisionDate!),
      params: { decisionDate: product.decisionDate!, expiryDate: expiry, reportDate },
    });
    if (finding) out.push(finding);
  }
  return out;
}
