import { expiryDate } from "../reference/ocop";
import { defaultUnits } from "../reference/units";
import type { Unit } from "../settings";
import type { ProductRow } from "../sheets/rows";
import { formatCount, joinList, shortDate } from "../text/wording";
import { fold } from "../text/fold";
import { compareText } from "./compareText";
import type { ReportOptions, ReportParagraph } from "./model";
import { provinceText, unitText } from "./placeInRunningText";
import { provinceWord } from "./provinceWord";
import { reportDateOf } from "./reportDate";

/** Unit types in the order the seed names them ("huyện, thị xã, thành phố"). */
const UNIT_TYPE_ORDER = ["huyện", "thị xã", "thành phố", "xã", "phường", "đặc khu"];

/**
 * Paragraph 1 of domain.md §6: products recognised in the year by stars and by district, new
 * vs re-ranked; valid certificates at the report date; certificates expiring within a year.
 * Absent when no product was recognised in the year and none is valid at the report date.
 */
export function rankingParagraph(
  products: readonly ProductRow[],
  options: ReportOptions
): ReportParagraph | undefined {
  const asOf = reportDateOf(options);
  const count = (n: number): string => formatCount(n, options.leadingZeros);
  const units = options.units ?? defaultUnits(options.province) ?? [];
  const ranked = products.filter((p) => (p.stars ?? 0) >= 3 && p.decisionDate);
  const ofYear = ranked.filter(
    (p) => p.decisionDate?.startsWith(`${options.year}-`) && p.decisionDate <= asOf
  );
  const valid = validAt(ranked, asOf);
  if (ofYear.length === 0 && valid.length === 0) return undefined;

  const whole = provinceWord(provinceText(options.province, asOf));
  const sentences: string[] = [];
  if (ofYear.length > 0) {
    sentences.push(
      `trong năm ${options.year}, toàn ${whole} có ${count(ofYear.length)} sản phẩm được công nhận đạt chuẩn OCOP` +
        byStars(ofYear, count) +
        byDistrict(ofYear, units, asOf, count) +
        byStatus(ofYear, count)
    );
  }
  if (valid.length > 0) {
    const until = addYear(asOf);
    const expiring = valid.filter((v) => v.expiry <= until).length;
    const within = asOf.endsWith("-12-31")
      ? `trong năm ${Number(asOf.slice(0, 4)) + 1}`
      : `trước ngày ${shortDate(until)}`;
    const cumulative = `Lũy kế đến ngày ${shortDate(asOf)}, toàn ${whole} có ${count(valid.length)} sản phẩm OCOP còn hiệu lực`;
    sentences.push(
      expiring > 0
        ? `${cumulative}; ${count(expiring)} sản phẩm hết hạn công nhận ${within} cần được đánh giá lại`
        : cumulative
    );
  }
  const body = `${sentences.join(". ")}.`;
  return {
    id: "ranking",
    runs: [
      { text: "Công tác rà soát, đánh giá, phân hạng sản phẩm OCOP:", italic: true },
      { text: ` ${body}` },
    ],
  };
}

/** ", gồm 02 sản phẩm 4 sao và 24 sản phẩm 3 sao" (most stars first); " 3 sao" when one band. */
function byStars(products: readonly ProductRow[], count: (n: number) => string): string {
  const bands = [5, 4, 3]
    .map((stars) => ({ stars, n: products.filter((p) => p.stars === stars).length }))
    .filter((b) => b.n > 0);
  if (bands.length === 1) return ` ${bands[0].stars} sao`;
  return `, gồm ${joinList(bands.map((b) => `${count(b.n)} sản phẩm ${b.stars} sao`))}`;
}

/**
 * ", thuộc 09 huyện, thị xã, thành phố (huyện Chợ Mới 05 sản phẩm, ...)": most products first,
 * ties by name; units read as their type at the report date ("thị xã Tịnh Biên" at the end of
 * 2023, "huyện Tịnh Biên" at the end of 2022).
 */
function byDistrict(
  products: readonly ProductRow[],
  units: readonly Unit[],
  asOf: string,
  count: (n: number) => string
): string {
  const byUnit = new Map<string, { text: string; type?: string; n: number }>();
  const unitOf = new Map<string, ReturnType<typeof unitText>>();
  for (const p of products) {
    if (!p.district) continue;
    const unit = unitOf.get(p.district) ?? unitText(p.district, units, asOf);
    unitOf.set(p.district, unit);
    const key = fold(unit.key);
    const entry = byUnit.get(key) ?? { text: unit.text, type: unit.type, n: 0 };
    entry.n++;
    byUnit.set(key, entry);
  }
  if (byUnit.size === 0) return "";
  const entries = [...byUnit.entries()].sort(
    ([ka, a], [kb, b]) => b.n - a.n || compareText(ka, kb)
  );
  const types = UNIT_TYPE_ORDER.filter((t) => entries.some(([, e]) => e.type === t));
  const kinds = types.length > 0 ? types.join(", ") : "địa phương";
  const list = entries.map(([, e]) => `${e.text} ${count(e.n)} sản phẩm`);
  return `, thuộc ${count(byUnit.size)} ${kinds} (${joinList(list)})`;
}

/** "; trong đó 22 sản phẩm công nhận mới và 04 sản phẩm đánh giá lại", from the status column. */
function byStatus(products: readonly ProductRow[], count: (n: number) => string): string {
  const words: Array<[ProductRow["status"], string]> = [
    ["mới", "công nhận mới"],
    ["nâng hạng", "nâng hạng"],
    ["đánh giá lại", "đánh giá lại"],
  ];
  const parts = words
    .map(([status, word]) => ({ word, n: products.filter((p) => p.status === status).length }))
    .filter((s) => s.n > 0)
    .map((s) => `${count(s.n)} sản phẩm ${s.word}`);
  return parts.length > 0 ? `; trong đó ${joinList(parts)}` : "";
}

/**
 * Certificates in force at `asOf`: the latest decision per product and producer (a product
 * re-ranked keeps one certificate), decided by then and expiring after it. The expiry is the
 * decision date + 36 months (domain.md §3.3), as the checker judges it: a stated expiry column
 * that differs is a warning there, not a second truth here.
 */
function validAt(
  products: readonly ProductRow[],
  asOf: string
): Array<{ product: ProductRow; expiry: string }> {
  const latest = new Map<string, ProductRow>();
  for (const p of products) {
    if (!p.decisionDate || p.decisionDate > asOf) continue;
    const key = holderKey(p);
    const seen = latest.get(key);
    if (!seen || (seen.decisionDate ?? "") < p.decisionDate) latest.set(key, p);
  }
  return [...latest.values()]
    .map((product) => ({
      product,
      expiry: expiryDate(product.decisionDate ?? ""),
    }))
    .filter((v) => v.expiry > asOf);
}

/**
 * A certificate holder as the checker knows one (productRules' productKey): folded product +
 * folded producer, so "Khô bò" of "Cơ sở A" and "Kho bo" of "Co so A." are one product here
 * as they are one duplicate there. A name that folds to nothing stays its own row.
 */
function holderKey(p: ProductRow): string {
  const product = fold(p.product ?? "");
  return product ? `${product}|${p.producer ? fold(p.producer) : ""}` : `row ${p.row}`;
}

/** The same day a year later (29/02 → 28/02). */
function addYear(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  const day = m === 2 && d === 29 ? 28 : d;
  return `${y + 1}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
