import type { ExhibitRow, FairRow, ProductRow } from "../sheets/rows";
import { nearest } from "../text/suggest";
import type { Finding } from "../findings/finding";
import type { RuleContext } from "./ruleContext";

/** First fair row per folded fair code (a repeat is its own finding). */
export function fairsByCode(ctx: RuleContext): Map<string, FairRow> {
  const byCode = new Map<string, FairRow>();
  for (const fair of ctx.typed.fairs) {
    if (!fair.fairCode) continue;
    const key = ctx.key(fair.fairCode);
    if (key && !byCode.has(key)) byCode.set(key, fair);
  }
  return byCode;
}

/**
 * Exhibits pointing at a fair code the fairs sheet does not have, with the nearest existing
 * code as the suggestion when one is close. Silent when the fairs sheet or its code column is
 * missing: the reader reported that, and every exhibit would otherwise be flagged.
 */
export function unknownFairCodes(ctx: RuleContext): Finding[] {
  if (!ctx.typed.locations.fairs?.columns.fairCode) return [];
  const byCode = fairsByCode(ctx);
  const codes = [...new Set([...byCode.values()].map((fair) => fair.fairCode!))];
  const suggestions = new Map<string, string | undefined>();
  const out: Finding[] = [];
  for (const exhibit of ctx.typed.exhibits) {
    if (!exhibit.fairCode) continue;
    const key = ctx.key(exhibit.fairCode);
    if (!key || byCode.has(key)) continue;
    if (!suggestions.has(key)) suggestions.set(key, nearest(exhibit.fairCode, codes));
    const suggestion = suggestions.get(key);
    const finding = ctx.at("exhibits", exhibit.row, "fairCode", {
      code: "exhibits.fairCode.unknown",
      value: exhibit.fairCode,
      params: { fairCode: exhibit.fairCode },
      // The one existing code a typo away: the user sees old → new before it is written.
      suggestion,
      fixable: true,
    });
    if (finding) out.push(finding);
  }
  return out;
}

/** Ranked rows by folded product name. */
function productsByName(ctx: RuleContext): Map<string, ProductRow[]> {
  const byName = new Map<string, ProductRow[]>();
  for (const product of ctx.typed.products) {
    if (!product.product) continue;
    const key = ctx.key(product.product);
    if (!key) continue;
    const rows = byName.get(key);
    if (rows) rows.push(product);
    else byName.set(key, [product]);
  }
  return byName;
}

/**
 * The ranked rows an exhibit stands for: same product, and same producer when both give one.
 * Memoised by product and producer, since the same product is shown at many fairs.
 */
function rankedMatcher(ctx: RuleContext): (exhibit: ExhibitRow) => ProductRow[] {
  const byName = productsByName(ctx);
  const memo = new Map<string, Map<string, ProductRow[]>>();
  return (exhibit) => {
    const name = ctx.key(exhibit.product ?? "");
    const producer = exhibit.producer ? ctx.key(exhibit.producer) : "";
    let byProducer = memo.get(name);
    if (!byProducer) memo.set(name, (byProducer = new Map()));
    let matches = byProducer.get(producer);
    if (!matches) {
      const rows = byName.get(name) ?? [];
      matches = producer
        ? rows.filter((row) => !row.producer || ctx.key(row.producer) === producer)
        : rows;
      byProducer.set(producer, matches);
    }
    return matches;
  };
}

/**
 * OCOP exhibits checked against the ranked sheet (product, + producer when given, folded):
 * not found; recognised only after the fair; found with other stars than the certificate held
 * by the fair; found but with every certificate lapsed by the fair's start date. Silent when
 * the ranked sheet or its product column is missing.
 */
export function ocopExhibitsAgainstRanked(ctx: RuleContext): Finding[] {
  if (!ctx.typed.locations.products?.columns.product) return [];
  const matchesOf = rankedMatcher(ctx);
  const byCode = fairsByCode(ctx);
  const out: Finding[] = [];
  const push = (finding: Finding | undefined) => finding && out.push(finding);
  for (const exhibit of ctx.typed.exhibits) {
    if (exhibit.category !== "OCOP" || !exhibit.product || !ctx.key(exhibit.product)) continue;
    const matches = matchesOf(exhibit);
    if (matches.length === 0) {
      push(
        ctx.at("exhibits", exhibit.row, "product", {
          code: "exhibits.product.notRanked",
          value: exhibit.product,
          params: { product: exhibit.product, producer: exhibit.producer ?? "" },
        })
      );
      continue;
    }
    const fair = exhibit.fairCode ? byCode.get(ctx.key(exhibit.fairCode)) : undefined;
    // What the product held by the fair (its last day): later decisions say nothing about it.
    const by = fair?.endDate ?? fair?.startDate;
    const held = by ? matches.filter((r) => !r.decisionDate || r.decisionDate <= by) : matches;
    if (by && held.length === 0) {
      push(notYetRanked(exhibit, matches, by, ctx));
      continue;
    }
    push(starsAgainstRanked(exhibit, held, ctx));
    if (fair?.startDate) push(expiredAtFair(exhibit, matches, fair.startDate, ctx));
  }
  return out;
}

/** Shown as OCOP at a fair that ended before the product's first recognition. */
function notYetRanked(
  exhibit: ExhibitRow,
  matches: readonly ProductRow[],
  fairDate: string,
  ctx: RuleContext
): Finding | undefined {
  const first = matches.reduce((a, b) =>
    (a.decisionDate ?? "") <= (b.decisionDate ?? "") ? a : b
  );
  return ctx.at("exhibits", exhibit.row, "product", {
    code: "exhibits.product.notYetRanked",
    value: exhibit.product ?? null,
    params: {
      product: exhibit.product ?? "",
      fairDate,
      decisionDate: first.decisionDate ?? "",
      rankedRow: first.row,
    },
  });
}

function starsAgainstRanked(
  exhibit: ExhibitRow,
  matches: readonly ProductRow[],
  ctx: RuleContext
): Finding | undefined {
  if (exhibit.stars === undefined) return undefined;
  // The current certificate: the latest decision among the matches that give stars.
  let current: ProductRow | undefined;
  for (const row of matches) {
    if (row.stars === undefined) continue;
    if (row.stars === exhibit.stars) return undefined;
    if (!current || (row.decisionDate ?? "") > (current.decisionDate ?? "")) current = row;
  }
  if (!current) return undefined;
  return ctx.at("exhibits", exhibit.row, "stars", {
    code: "exhibits.stars.rankedMismatch",
    value: exhibit.stars,
    params: { stars: exhibit.stars, rankedStars: current.stars!, rankedRow: current.row },
    suggestion: current.stars,
  });
}

/**
 * Valid on the fair's first day means decided on or before it and expiring after it. Matches
 * decided after the fair say nothing about it.
 */
function expiredAtFair(
  exhibit: ExhibitRow,
  matches: readonly ProductRow[],
  fairDate: string,
  ctx: RuleContext
): Finding | undefined {
  let last: ProductRow | undefined;
  for (const row of matches) {
    if (!row.decisionDate || row.decisionDate > fairDate || !ctx.expiry(row.decisionDate)) continue;
    if (ctx.expiry(row.decisionDate) > fairDate) return undefined;
    if (!last || row.decisionDate > last.decisionDate!) last = row;
  }
  if (!last) return undefined;
  return ctx.at("exhibits", exhibit.row, "product", {
    code: "exhibits.product.expiredAtFair",
    value: exhibit.product ?? null,
    params: {
      product: exhibit.product ?? "",
      fairDate,
      expiryDate: ctx.expiry(last.decisionDate!),
      rankedRow: last.row,
    },
  });
}
