import type { ProductRow } from "../sheets/rows";

/**
 * Who holds a certificate: the product and its producer, each by `key` (folded text), so "Khô
 * bò" of "Cơ sở A" and "Kho bo" of "Co so A." are one. The one definition of a duplicate ranked
 * product: the checker flags repeats of it (products.product.duplicate) and the report counts
 * each once. A product that keys to nothing has no identity (never a duplicate).
 */
export function productIdentity(
  key: (text: string) => string,
  row: Pick<ProductRow, "product" | "producer">
): string | undefined {
  const product = row.product ? key(row.product) : "";
  if (!product) return undefined;
  return `${product}|${row.producer ? key(row.producer) : ""}`;
}
