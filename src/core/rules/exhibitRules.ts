import type { ExhibitRow } from "../sheets/rows";
import type { Finding } from "../findings/finding";
import { repeats } from "./repeats";
import type { RowRule, RuleContext } from "./ruleContext";

/**
 * Stars on an exhibit that is not in the OCOP category: a warning, not an error. The report
 * counts exhibits by category and count, never by stars, so no figure is wrong; but either the
 * category or the stars is mistaken, and a human has to say which.
 */
export const starsWithoutOcop: RowRule<ExhibitRow> = (exhibit, ctx) => {
  if (exhibit.stars === undefined || !exhibit.category || exhibit.category === "OCOP") {
    return undefined;
  }
  return ctx.at("exhibits", exhibit.row, "stars", {
    code: "exhibits.stars.notOcop",
    value: exhibit.stars,
    params: { stars: exhibit.stars, category: exhibit.category },
  });
};

// QĐ 148/QĐ-TTg 24/02/2023: only 3★, 4★ and 5★ products are recognised, so an OCOP exhibit
// cannot hold 1★ or 2★.
export const exhibitStarsNotRecognised: RowRule<ExhibitRow> = (exhibit, ctx) => {
  if (exhibit.stars === undefined || exhibit.stars >= 3 || exhibit.category !== "OCOP") {
    return undefined;
  }
  return ctx.at("exhibits", exhibit.row, "stars", {
    code: "exhibits.stars.notRecognised",
    value: exhibit.stars,
    params: { stars: exhibit.stars },
  });
};

export const EXHIBIT_ROW_RULES: readonly RowRule<ExhibitRow>[] = [
  starsWithoutOcop,
  exhibitStarsNotRecognised,
];

/** The same product (folded) shown twice at one fair, on each repeat, naming the first row. */
export function duplicateExhibits(ctx: RuleContext): Finding[] {
  const productOf = (exhibit: ExhibitRow) =>
    exhibit.product && exhibit.fairCode ? ctx.key(exhibit.product) : undefined;
  const fairOf = (exhibit: ExhibitRow) => ctx.key(exhibit.fairCode ?? "");
  return repeats(ctx.typed.exhibits, productOf, fairOf).flatMap(
    ({ repeat, firstRow }) =>
      ctx.at("exhibits", repeat.row, "product", {
        code: "exhibits.product.duplicateAtFair",
        value: repeat.product,
        params: { product: repeat.product!, fairCode: repeat.fairCode!, firstRow },
      }) ?? []
  );
}
