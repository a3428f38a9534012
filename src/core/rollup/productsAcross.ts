import { productIdentity } from "../rules/productIdentity";
import { fold } from "../text/fold";
import { acrossAt } from "./acrossFinding";
import type { RowsOfSource, SourceRow } from "./sourceRows";
import type { AcrossFinding } from "./types";

/**
 * The same ranked product in two files: the same product and producer (productIdentity, the
 * per-file rule's own definition), or the same decision number and product. Each row of a
 * later file is named once, against the first file that holds it; repeats within one file are
 * the per-file check's (products.product.duplicate), and a row met again under its own origin
 * (a merged workbook and its source) is the same row, not a duplicate.
 */
export function productsAcross(sources: readonly RowsOfSource[]): AcrossFinding[] {
  // Producers and decision numbers repeat from row to row: fold each text once.
  const folded = new Map<string, string>();
  const key = (text: string): string => {
    let f = folded.get(text);
    if (f === undefined) folded.set(text, (f = fold(text)));
    return f;
  };
  const first = new Map<string, SourceRow<"products">>();
  const out: AcrossFinding[] = [];
  for (const rows of sources) {
    const mine = new Map<string, SourceRow<"products">>();
    for (const row of rows.products) {
      const keys = identities(row, key);
      const earlier = keys.map((k) => first.get(k)).find((r) => r && r.origin !== row.origin);
      if (earlier) {
        out.push(
          acrossAt("across.products.duplicate", row, "product", earlier, "product", {
            product: row.typed.product ?? "",
            producer: row.typed.producer ?? "",
          })
        );
      }
      for (const k of keys) if (!mine.has(k)) mine.set(k, row);
    }
    for (const [k, row] of mine) if (!first.has(k)) first.set(k, row);
  }
  return out;
}

function identities(row: SourceRow<"products">, key: (text: string) => string): string[] {
  const keys: string[] = [];
  const who = productIdentity(key, row.typed);
  if (who) keys.push(`who|${who}`);
  const decision = row.typed.decisionNo ? key(row.typed.decisionNo) : "";
  const product = row.typed.product ? key(row.typed.product) : "";
  if (decision && product) keys.push(`decision|${decision}|${product}`);
  return keys;
}
