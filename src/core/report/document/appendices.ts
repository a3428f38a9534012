import type { TypedWorkbook } from "../../sheets/rows";
import { expiryDate } from "../../reference/ocop";
import { shortDate } from "../../text/wording";
import { fairCodeMatcher } from "../fairCodeMatcher";
import type { Figure, ReportModel, RowRef } from "../model";

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
 * Phụ lục 1 (products recognised in the year) and Phụ lục 2 (fairs of the year), listing the
 * rows of the figures that count them ("21 sản phẩm", "03 kỳ Hội chợ Triển lãm"), so a table
 * holds exactly what its paragraph counts: the same selection, not a second filter beside it.
 * The lượt of a fair are its exhibits the promotion paragraph counted.
 */
export function appendices(typed: TypedWorkbook, report: ReportModel): Appendix[] {
  const y = report.year;
  const rowsOf = (counts: Figure["counts"]): RowRef[] =>
    report.paragraphs.flatMap((p) => p.figures).find((f) => f.counts === counts)?.rows ?? [];
  const products = pick(typed.products, rowsOf("rankedInYear"));
  const fairs = pick(typed.fairs, rowsOf("fairsInYear"));
  const shownRows = new Set(rowsOf("exhibitsShown").map((r) => r.row));
  const shownExhibits = typed.exhibits.filter((e) => shownRows.has(e.row));
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
        const shown = shownExhibits
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

/** The typed rows a figure names, in the figure's order (the paragraph's). */
function pick<R extends { row: number }>(rows: readonly R[], refs: readonly RowRef[]): R[] {
  const byRow = new Map(rows.map((r) => [r.row, r]));
  return refs.flatMap((ref) => {
    const row = byRow.get(ref.row);
    return row ? [row] : [];
  });
}
