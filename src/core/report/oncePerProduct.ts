import { productIdentity } from "../rules/productIdentity";
import type { ProductRow } from "../sheets/rows";
import { fold } from "../text/fold";

/**
 * Each ranked product once, by the checker's identity of a certificate holder (the same
 * definition that raises products.product.duplicate): the row with the latest decision stands
 * for it (the first such row on a tie), the others are `repeats`. Rows without an identity
 * stand alone. Order: as on the sheet.
 */
export function oncePerProduct<Row extends ProductRow>(
  rows: readonly Row[]
): { kept: Row[]; repeats: Row[] } {
  const best = new Map<string, Row>();
  for (const row of rows) {
    const id = productIdentity(fold, row);
    if (id === undefined) continue;
    const seen = best.get(id);
    if (!seen || (seen.decisionDate ?? "") < (row.decisionDate ?? "")) best.set(id, row);
  }
  const standing = new Set(best.values());
  const kept: Row[] = [];
  const repeats: Row[] = [];
  for (const row of rows) {
    if (productIdentity(fold, row) === undefined || standing.has(row)) kept.push(row);
    else repeats.push(row);
  }
  return { kept, repeats };
}
