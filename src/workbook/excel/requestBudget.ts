/**
 * How big a writing request gets. Excel on the web refuses requests over 5 MB, and Office.js adds
 * far more than the values: a reviewer measuring its request builder (2026-11) found ~370 bytes per
 * written cell or property besides the value, ~290 per one-cell load, ~1.5 KB per conditional-format
 * mark (add, rule, fill, font: four writes). So 10,000 one-cell writes are 3.7 MB: the door splits
 * its writes into requests kept under WRITE_BUDGET_BYTES.
 */
export const WRITE_OP_BYTES = 370;
export const CELL_LOAD_BYTES = 290;
export const WRITE_BUDGET_BYTES = 3_000_000;
/** Cells checked or written per request at most (2,000 writes ≈ 0.75 MB plus their values). */
export const MAX_CELLS_PER_REQUEST = 2000;
/** Write operations per request at most: 8,000 × ~380 bytes ≈ 3 MB (a multiple of a mark's 4). */
export const MAX_WRITE_OPS_PER_REQUEST = 8000;

/**
 * Splits items, in order, into requests whose summed cost stays within `budget` and whose length
 * stays within `maxItems`; an item costing more than the budget alone gets a request of its own.
 */
export function packRequests<T>(
  items: readonly T[],
  cost: (item: T) => number,
  budget: number,
  maxItems = Number.POSITIVE_INFINITY
): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const c = cost(item);
    if (current.length > 0 && (used + c > budget || current.length >= maxItems)) {
      out.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += c;
  }
  if (current.length > 0) out.push(current);
  return out;
}
