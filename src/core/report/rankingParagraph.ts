import type { ProductRow } from "../sheets/rows";
import { formatCount, shortDate } from "../text/wording";
import { certificatesAt } from "./certificates";
import { oncePerProduct } from "./oncePerProduct";
import type { ReportNote, ReportOptions, ReportParagraph } from "./model";
import { figure, joinPhrases, toParagraph, type Phrase } from "./phrase";
import { provinceText } from "./placeInRunningText";
import { provinceWord } from "./provinceWord";
import { reportDateOf } from "./reportDate";
import type { RefOf } from "./rowRefs";
import { byUnit } from "./unitBreakdown";
import { reevaluationNote } from "./reevaluation";

export const RANKING_LEAD = "Công tác rà soát, đánh giá, phân hạng sản phẩm OCOP:";

/**
 * Paragraph 1 of domain.md §6: the products recognised in the year by stars, by unit and by
 * status; the certificates valid at the report date and those expiring within a year. Every
 * case has a sentence (none in the year, one, many); a product repeated on the sheet (the
 * checker's duplicate) counts once; the cumulative sentence needs earlier rows, else a note
 * says why it is left out.
 */
export function rankingParagraph(
  products: readonly ProductRow[],
  options: ReportOptions,
  refOf: RefOf
): { paragraph: ReportParagraph; notes: ReportNote[] } {
  const asOf = reportDateOf(options);
  const count = (n: number): string => formatCount(n, options.leadingZeros);
  const ref = (p: ProductRow) => refOf("products", p.row);
  const ranked = products.filter(
    (p): p is ProductRow & { decisionDate: string } =>
      (p.stars ?? 0) >= 3 && p.decisionDate !== undefined && p.decisionDate <= asOf
  );
  const notes: ReportNote[] = [];
  const { kept: ofYear, repeats } = oncePerProduct(
    ranked.filter((p) => p.decisionDate.startsWith(`${options.year}-`))
  );
  if (repeats.length > 0) notes.push({ id: "duplicatesCountedOnce", rows: repeats.map(ref) });

  const whole = provinceWord(provinceText(options.province, asOf));
  const body: Phrase = [];
  const n = ofYear.length;
  if (n === 0) {
    body.push(
      `trong năm ${options.year}, toàn ${whole} không có sản phẩm nào được công nhận đạt chuẩn OCOP`
    );
  } else {
    body.push(
      `trong năm ${options.year}, toàn ${whole} có `,
      // Phụ lục 1 lists exactly these rows.
      { ...figure(`${count(n)} sản phẩm`, ofYear.map(ref)), counts: "rankedInYear" },
      " được công nhận đạt chuẩn OCOP",
      ...byStars(ofYear, count, ref),
      ...byUnit(ofYear, options, count, ref),
      ...byStatus(ofYear, count, ref)
    );
  }
  body.push(".");

  const yearStart = `${options.year}-01-01`;
  if (!ranked.some((p) => p.decisionDate < yearStart)) {
    // Only this year's rows: a "lũy kế" from them would be the year's figure under another name.
    notes.push({ id: "cumulativeNeedsEarlierRows", rows: [] });
  } else {
    body.push(" ", ...cumulative(ranked, asOf, whole, count, ref));
  }
  return { paragraph: toParagraph("ranking", RANKING_LEAD, body), notes };
}

/** ", gồm 02 sản phẩm 4 sao và 24 sản phẩm 3 sao" (most stars first); " 3 sao" when one band. */
function byStars(
  products: readonly ProductRow[],
  count: (n: number) => string,
  ref: (p: ProductRow) => ReturnType<RefOf>
): Phrase {
  const bands = [5, 4, 3]
    .map((stars) => ({ stars, rows: products.filter((p) => p.stars === stars) }))
    .filter((b) => b.rows.length > 0);
  if (bands.length === 1) return [` ${bands[0].stars} sao`];
  return [
    ", gồm ",
    ...joinPhrases(
      bands.map((b) => [figure(`${count(b.rows.length)} sản phẩm ${b.stars} sao`, b.rows.map(ref))])
    ),
  ];
}

const STATUS_WORDS: ReadonlyArray<[ProductRow["status"], string]> = [
  ["mới", "công nhận mới"],
  ["nâng hạng", "nâng hạng"],
  ["đánh giá lại", "đánh giá lại"],
];

/**
 * "; trong đó 22 sản phẩm công nhận mới và 04 sản phẩm đánh giá lại", from the status column;
 * rows with a blank status are counted as such, so the parts add up to the total.
 */
function byStatus(
  products: readonly ProductRow[],
  count: (n: number) => string,
  ref: (p: ProductRow) => ReturnType<RefOf>
): Phrase {
  const parts = STATUS_WORDS.map(([status, word]) => ({
    word,
    rows: products.filter((p) => p.status === status),
  })).filter((s) => s.rows.length > 0);
  const blank = products.filter((p) => p.status === undefined);
  if (parts.length === 0) return [];
  if (products.length === 1) return [`, là sản phẩm ${parts[0].word}`];
  if (parts.length === 1 && blank.length === 0)
    return [`; tất cả đều là sản phẩm ${parts[0].word}`];
  const phrases: Phrase[] = parts.map((s) => [
    figure(`${count(s.rows.length)} sản phẩm ${s.word}`, s.rows.map(ref)),
  ]);
  if (blank.length > 0)
    phrases.push([
      figure(`${count(blank.length)} sản phẩm`, blank.map(ref)),
      " chưa ghi tình trạng công nhận",
    ]);
  return ["; trong đó ", ...joinPhrases(phrases)];
}

/**
 * "Lũy kế đến ngày 31/12/2024, toàn tỉnh có 84 sản phẩm OCOP còn hiệu lực công nhận, trong đó
 * 06 sản phẩm sẽ hết hạn trong năm 2025, cần được đánh giá lại."
 */
function cumulative(
  ranked: readonly ProductRow[],
  asOf: string,
  whole: string,
  count: (n: number) => string,
  ref: (p: ProductRow) => ReturnType<RefOf>
): Phrase {
  const { valid, expiring, until } = certificatesAt(ranked, asOf);
  const lead = `Lũy kế đến ngày ${shortDate(asOf)}, toàn ${whole}`;
  if (valid.length === 0) return [`${lead} không có sản phẩm OCOP nào còn hiệu lực công nhận.`];
  const out: Phrase = [
    `${lead} có `,
    figure(
      `${count(valid.length)} sản phẩm OCOP`,
      valid.map((v) => ref(v.product))
    ),
    " còn hiệu lực công nhận",
  ];
  if (expiring.length > 0) {
    const within = asOf.endsWith("-12-31")
      ? `trong năm ${Number(asOf.slice(0, 4)) + 1}`
      : `trước ngày ${shortDate(until)}`;
    out.push(
      ", trong đó ",
      figure(
        `${count(expiring.length)} sản phẩm`,
        expiring.map((v) => ref(v.product))
      ),
      ` sẽ hết hạn ${within}, cần được đánh giá lại${reevaluationNote(asOf)}`
    );
  }
  out.push(".");
  return out;
}
