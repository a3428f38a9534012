import type { ExhibitRow, FairRow, ProductRow, TypedWorkbook } from "../sheets/rows";
import { fairCodeMatcher } from "./fairCodeMatcher";
import type { LeftOut, LeftOutReason } from "./model";

/** The rows the report may count, and the ones it may not with the reason why. */
export interface EligibleRows {
  fairs: FairRow[];
  exhibits: ExhibitRow[];
  products: ProductRow[];
  leftOut: LeftOut[];
}

type Kind = LeftOut["kind"];

/**
 * Only rows without errors count (domain.md §4: an error means the figure would be wrong).
 * An exhibit whose fair is left out goes too: its fair's date and place are unknown.
 */
export function eligibleRows(typed: TypedWorkbook): EligibleRows {
  const left = new Map<string, { kind: Kind; reason: LeftOutReason; rows: number[] }>();
  const leaveOut = (kind: Kind, reason: LeftOutReason, row: number): void => {
    const key = `${kind}|${reason}`;
    const entry = left.get(key) ?? { kind, reason, rows: [] };
    entry.rows.push(row);
    left.set(key, entry);
  };
  const withErrors = (kind: Kind): ReadonlySet<number> => new Set(typed.rowsWithErrors[kind] ?? []);

  const fairErrors = withErrors("fairs");
  const fairs: FairRow[] = [];
  for (const fair of typed.fairs) {
    if (fairErrors.has(fair.row)) leaveOut("fairs", "errors", fair.row);
    // Without its province the paragraph would name the fair where a place belongs.
    else if (!fair.fairCode || !fair.startDate || !fair.province)
      leaveOut("fairs", "incomplete", fair.row);
    else fairs.push(fair);
  }
  const ofCountedFair = fairCodeMatcher(fairs);

  const exhibitErrors = withErrors("exhibits");
  const exhibits: ExhibitRow[] = [];
  for (const exhibit of typed.exhibits) {
    if (exhibitErrors.has(exhibit.row)) leaveOut("exhibits", "errors", exhibit.row);
    else if (!ofCountedFair(exhibit.fairCode)) leaveOut("exhibits", "fairLeftOut", exhibit.row);
    else exhibits.push(exhibit);
  }

  const productErrors = withErrors("products");
  const products: ProductRow[] = [];
  for (const product of typed.products) {
    if (productErrors.has(product.row)) leaveOut("products", "errors", product.row);
    else if (!product.decisionDate || !product.stars || !product.product)
      leaveOut("products", "incomplete", product.row);
    else products.push(product);
  }

  const order: Kind[] = ["fairs", "exhibits", "products"];
  const leftOut: LeftOut[] = [...left.values()]
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))
    .map((entry) => ({
      kind: entry.kind,
      sheet: typed.locations[entry.kind]?.sheet,
      reason: entry.reason,
      rows: [...entry.rows].sort((a, b) => a - b),
    }));
  return { fairs, exhibits, products, leftOut };
}
