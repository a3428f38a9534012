import type { TypedWorkbook } from "../../sheets/rows";
import { expiryDate } from "../../reference/ocop";
import { shortDate } from "../../text/wording";
import { compareText } from "../compareText";
import { eligibleRows } from "../eligibleRows";
import { fairCodeMatcher } from "../fairCodeMatcher";
import type { ReportOptions } from "../model";
import { reportDateOf } from "../reportDate";

/** A numbered appendix table: the rows the data paragraphs count, one line each. */
export interface Appendix {
  number: 1 | 2;
  title: string;
  columns: string[];
  rows: string[][];
  /** Seven columns of names and dates do not fit a portrait A4 line. */
  landscape: boolean;
}

/**
 * Phụ lục 1 (products recognised in the year) and Phụ lục 2 (fairs of the year), selected as
 * rankingParagraph and promotionParagraph select them, so a table holds what its paragraph counts.
 */
export function appendices(typed: TypedWorkbook, options: ReportOptions): Appendix[] {
  const rows = eligibleRows(typed);
  const asOf = reportDateOf(options);
  const y = options.year;
  const products = rows.products.filter(
    (p) => (p.stars ?? 0) >= 3 && p.decisionDate?.startsWith(`${y}-`) && p.decisionDate <= asOf
  );
  const fairs = rows.fairs
    .filter((f) => f.startDate?.startsWith(`${y}-`))
    .sort(
      (a, b) =>
        compareText(a.startDate ?? "", b.startDate ?? "") ||
        compareText(a.endDate ?? "", b.endDate ?? "") ||
        a.row - b.row
    );
  const out: Appendix[] = [];
  if (products.length > 0) {
    out.push({
      number: 1,
      title: `Phụ lục 1: Danh sách sản phẩm OCOP được công nhận năm ${y}`,
      columns: [
        "STT",
        "Tên sản phẩm",
        "Chủ thể",
        "Đơn vị hành chính",
        "Hạng sao",
        "Số và ngày quyết định",
        "Ngày hết hạn",
      ],
      rows: products.map((p, i) => [
        String(i + 1),
        p.product ?? "",
        p.producer ?? "",
        p.district ?? "",
        `${p.stars} sao`,
        `${p.decisionNo ?? ""} ngày ${shortDate(p.decisionDate ?? "")}`.trim(),
        shortDate(p.expiryDate ?? expiryDate(p.decisionDate ?? "")),
      ]),
      landscape: true,
    });
  }
  if (fairs.length > 0) {
    out.push({
      number: 2,
      title: `Phụ lục 2: Các kỳ hội chợ, triển lãm đã tham gia năm ${y}`,
      columns: [
        "STT",
        "Tên hội chợ, triển lãm",
        "Nơi tổ chức",
        "Thời gian",
        "Số gian hàng",
        "Số lượt sản phẩm",
      ],
      rows: fairs.map((f, i) => {
        const ofFair = fairCodeMatcher([f]);
        const shown = rows.exhibits
          .filter((e) => ofFair(e.fairCode))
          .reduce((n, e) => n + e.count, 0);
        const when =
          f.endDate && f.endDate !== f.startDate
            ? `${shortDate(f.startDate ?? "")} - ${shortDate(f.endDate)}`
            : shortDate(f.startDate ?? "");
        return [
          String(i + 1),
          f.name ?? "",
          f.province ?? "",
          when,
          f.booths === undefined ? "" : String(f.booths),
          String(shown),
        ];
      }),
      landscape: false,
    });
  }
  return out;
}
