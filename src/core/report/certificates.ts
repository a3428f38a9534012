import { rulesOn } from "../reference/ocopRules";
import type { ProductRow } from "../sheets/rows";
import { oncePerProduct } from "./oncePerProduct";

export interface Certificate {
  product: ProductRow;
  expiry: string;
}

/**
 * Certificates in force at `asOf`: one per product (the latest decision; a product re-ranked
 * keeps one certificate), decided by then and expiring after it; and those of them expiring by
 * `until`, a year after `asOf`. A certificate runs the validity of the rules of its decision
 * date (ocopRules: 36 months under QĐ 148/QĐ-TTg and QĐ 26/2026/QĐ-TTg), as the checker judges
 * it: a stated expiry column that differs is a warning there, not a second truth here.
 */
export function certificatesAt(
  ranked: readonly ProductRow[],
  asOf: string
): { valid: Certificate[]; expiring: Certificate[]; until: string } {
  const decided = ranked.filter((p) => p.decisionDate !== undefined && p.decisionDate <= asOf);
  const valid = oncePerProduct(decided)
    .kept.map((product) => ({ product, expiry: certificateExpiry(product.decisionDate ?? "") }))
    .filter((c) => c.expiry > asOf);
  const until = addMonths(asOf, 12);
  return { valid, expiring: valid.filter((c) => c.expiry <= until), until };
}

/** The decision date plus the validity of its rules; a day missing falls to the month's end. */
export function certificateExpiry(decisionDate: string): string {
  return addMonths(decisionDate, rulesOn(decisionDate).validityMonths);
}

function addMonths(isoDate: string, months: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return "";
  const total = Number(m[1]) * 12 + Number(m[2]) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(m[3]), last);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
}
