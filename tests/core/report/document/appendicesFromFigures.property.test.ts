import { buildReport } from "../../../../src/core/report";
import { runsText, type Figure, type ReportModel } from "../../../../src/core/report/model";
import { appendices } from "../../../../src/core/report/document";
import type { ExhibitRow, FairRow, ProductRow } from "../../../../src/core/sheets/rows";
import { fold } from "../../../../src/core/text/fold";
import { aTypedWorkbook, someOptions } from "../typedRows";

/**
 * Over random workbooks: Phụ lục 1 lists exactly the products the ranking paragraph counts and
 * Phụ lục 2 exactly the fairs the promotion paragraph counts (issue 11), through the traps a
 * second filter would fall into: a product repeated on the sheet (counted once), rows with
 * errors, decisions after the report date, fairs of other years. A seeded generator keeps a
 * failure reproducible.
 */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function aWorkbook(rand: () => number) {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const date = (year: number) =>
    `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rand() * 28)).padStart(2, "0")}`;
  const products: ProductRow[] = [];
  for (let i = 0, n = Math.floor(rand() * 30); i < n; i++) {
    const same = products.length > 0 && rand() < 0.2 ? pick(products) : undefined;
    const row = i + 2;
    products.push({
      row,
      product: same?.product ?? `Sản phẩm ${Math.floor(rand() * 1000)}`,
      producer: same?.producer ?? `Chủ thể ${Math.floor(rand() * 5)}`,
      district: pick(["Chợ Mới", "Tri Tôn", "Châu Đốc", undefined]),
      stars: pick([3, 3, 4, 5, 2] as const),
      // The row number in the decision: each table line names the row it came from.
      decisionNo: `${row}/QĐ-UBND`,
      decisionDate: date(pick([2021, 2022, 2023, 2023, 2023])),
      status: pick(["mới", "đánh giá lại", undefined] as const),
    });
  }
  const fairs: FairRow[] = [];
  for (let i = 0, n = Math.floor(rand() * 8); i < n; i++) {
    const start = date(pick([2022, 2023, 2023]));
    fairs.push({
      row: i + 2,
      fairCode: `HC${i}`,
      name: `Hội chợ ${i}`,
      province: pick(["Sóc Trăng", "Hà Nội", "Cần Thơ"]),
      startDate: start,
      endDate: start,
    });
  }
  const exhibits: ExhibitRow[] = [];
  for (let i = 0, n = fairs.length > 0 ? Math.floor(rand() * 30) : 0; i < n; i++) {
    exhibits.push({
      row: i + 2,
      fairCode: pick(fairs).fairCode,
      product: `Món ${Math.floor(rand() * 12)}`,
      category: pick(["OCOP", "Đặc thù"] as const),
      count: 1 + Math.floor(rand() * 6),
    });
  }
  const withErrors = (rows: { row: number }[]) =>
    rows.filter(() => rand() < 0.15).map((r) => r.row);
  return aTypedWorkbook({
    products,
    fairs,
    exhibits,
    rowsWithErrors: {
      products: withErrors(products),
      fairs: withErrors(fairs),
      exhibits: withErrors(exhibits),
    },
  });
}

const figureCounting = (model: ReportModel, counts: Figure["counts"]) =>
  model.paragraphs.flatMap((p) => p.figures).find((f) => f.counts === counts);

const printed = (text: string | undefined): number =>
  Number(/^(\d+)/.exec(text ?? "")?.[1] ?? (text ? 1 : 0));

describe("the appendices over random workbooks", () => {
  it.each(Array.from({ length: 80 }, (_, i) => [i + 1]))("seed %i", (seed) => {
    const rand = random(seed);
    const typed = aWorkbook(rand);
    // Some reports are dated before the year ends: later decisions are not counted.
    const reportDate = rand() < 0.3 ? "2023-09-30" : undefined;
    const model = buildReport(typed, someOptions(reportDate ? { reportDate } : {}));
    const [p1, p2] = [1, 2].map((n) => appendices(typed, model).find((a) => a.number === n));
    const text = model.paragraphs.map((p) => runsText(p.runs)).join("\n");

    // Phụ lục 1: the ranking figure's rows, one line each, and as many as the paragraph says.
    const ranked = figureCounting(model, "rankedInYear");
    const listed = (p1?.rows ?? []).map((r) => Number(r[5].split("/")[0]));
    expect(listed).toEqual(ranked?.rows.map((r) => r.row) ?? []);
    const said = Number(/có (\d+) sản phẩm được công nhận/.exec(text)?.[1] ?? 0);
    expect(listed).toHaveLength(said);
    const errors = new Set(typed.rowsWithErrors.products);
    const asOf = reportDate ?? "2023-12-31";
    const byRow = new Map(typed.products.map((p) => [p.row, p]));
    const keys = listed.map((row) => {
      const p = byRow.get(row)!;
      expect(errors.has(row)).toBe(false);
      expect(p.stars).toBeGreaterThanOrEqual(3);
      expect(p.decisionDate! >= "2023-01-01" && p.decisionDate! <= asOf).toBe(true);
      return `${fold(p.product!)}|${fold(p.producer!)}`;
    });
    // A product repeated on the sheet is one product: one line.
    expect(new Set(keys).size).toBe(keys.length);

    // Phụ lục 2: the fairs the promotion paragraph counts, with the lượt it counts.
    const fairFigure = figureCounting(model, "fairsInYear");
    const names = (p2?.rows ?? []).map((r) => r[1]);
    const fairByRow = new Map(typed.fairs.map((f) => [f.row, f]));
    expect(names).toEqual(fairFigure?.rows.map((r) => fairByRow.get(r.row)!.name) ?? []);
    if (fairFigure && /kỳ Hội chợ/.test(fairFigure.text))
      expect(names).toHaveLength(printed(fairFigure.text));
    const shown = (p2?.rows ?? []).reduce((n, r) => n + Number(r[5]), 0);
    expect(shown).toBe(printed(figureCounting(model, "exhibitsShown")?.text));
  });
});
