import { buildReport, toJson, type Figure } from "../../../src/core/report";
import { runsText, type ReportParagraph } from "../../../src/core/report/model";
import type { ExhibitRow, FairRow, ProductRow } from "../../../src/core/sheets/rows";
import { aTypedWorkbook, someOptions } from "./typedRows";

/**
 * Over random workbooks: every count the report prints equals the number of rows its figure
 * lists (lượt: the sum of those rows' count column), and parts add up to their totals.
 * A small seeded generator keeps failures reproducible.
 */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const UNITS = ["Chợ Mới", "Tri Tôn", "Châu Đốc", "Tịnh Biên", "An Phú", "Nơi Lạ", undefined];
const PROVINCES = ["Sóc Trăng", "Hà Nội", "Cần Thơ", "Hậu Giang", "Đồng Tháp"];
const STATUSES = ["mới", "nâng hạng", "đánh giá lại", undefined] as const;

function aWorkbook(rand: () => number) {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const date = (year: number) =>
    `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rand() * 28)).padStart(2, "0")}`;
  let row = 2;
  const products: ProductRow[] = [];
  const nProducts = Math.floor(rand() * 30);
  for (let i = 0; i < nProducts; i++) {
    const same = products.length > 0 && rand() < 0.15 ? pick(products) : undefined;
    products.push({
      row: row++,
      product: same?.product ?? `Sản phẩm ${Math.floor(rand() * 1000)}`,
      producer: same?.producer ?? `Chủ thể ${Math.floor(rand() * 5)}`,
      district: pick(UNITS),
      stars: pick([3, 3, 3, 4, 5, 2] as const),
      decisionDate: date(pick([2020, 2021, 2022, 2023, 2023, 2023])),
      status: pick(STATUSES),
    });
  }
  const fairs: FairRow[] = [];
  const nFairs = Math.floor(rand() * 8);
  for (let i = 0; i < nFairs; i++) {
    const start = date(pick([2022, 2023, 2023]));
    fairs.push({
      row: i + 2,
      fairCode: `HC${i}`,
      name: `Hội chợ ${i}`,
      province: pick(PROVINCES),
      startDate: start,
      endDate: start,
    });
  }
  const exhibits: ExhibitRow[] = [];
  const nExhibits = fairs.length > 0 ? Math.floor(rand() * 40) : 0;
  for (let i = 0; i < nExhibits; i++) {
    exhibits.push({
      row: i + 2,
      fairCode: pick(fairs).fairCode,
      product: `Món ${Math.floor(rand() * 12)}`,
      category: pick(["OCOP", "Đặc thù", "Khác"] as const),
      count: 1 + Math.floor(rand() * 6),
    });
  }
  return aTypedWorkbook({ products, fairs, exhibits });
}

const printed = (text: string): number | undefined => {
  const m = /^(\d[\d.]*) (sản phẩm|kỳ|lượt)/.exec(text);
  return m ? Number(m[1].replace(/\./g, "")) : undefined;
};

describe("every figure over random workbooks", () => {
  it.each(Array.from({ length: 60 }, (_, i) => [i + 1]))("seed %i", (seed) => {
    const rand = random(seed);
    const typed = aWorkbook(rand);
    const model = buildReport(typed, someOptions({ approximate: rand() < 0.5 }));
    const countOf = new Map(typed.exhibits.map((e) => [e.row, e.count]));
    const json = toJson(model);
    for (const [i, p] of model.paragraphs.entries()) {
      const text = runsText(p.runs);
      expect(json.paragraphs[i].text).toBe(text);
      for (const f of p.figures) {
        expect(text).toContain(f.text);
        const n = printed(f.text);
        if (n === undefined) continue;
        if (f.text.includes("lượt"))
          expect(f.rows.reduce((sum, r) => sum + (countOf.get(r.row) ?? 0), 0)).toBe(n);
        else expect(f.rows).toHaveLength(n);
      }
      // Every figure's row is a distinct row of its sheet.
      for (const f of p.figures) expect(new Set(f.rows.map((r) => r.row)).size).toBe(f.rows.length);
      if (p.id === "ranking") checkRankingParts(p);
    }
  });
});

/** The year's total equals its stars, its units (with blanks) and its statuses. */
function checkRankingParts(paragraph: ReportParagraph): void {
  // Each figure with the words that follow it, up to the cumulative sentence.
  const figures: Array<{ figure: Figure; after: string }> = [];
  for (const [i, run] of paragraph.runs.entries()) {
    if (run.text.includes("Lũy kế")) break;
    if (run.figure === undefined) continue;
    figures.push({
      figure: paragraph.figures[run.figure],
      after: paragraph.runs[i + 1]?.text ?? "",
    });
  }
  const total = figures[0];
  if (!total || !/^\d+ sản phẩm$/.test(total.figure.text) || !total.after.startsWith(" được"))
    return;
  const rows = new Set(total.figure.rows.map((r) => r.row));
  const rest = figures.slice(1);
  const sum = (fs: typeof figures) => fs.reduce((s, f) => s + f.figure.rows.length, 0);
  const stars = rest.filter((f) => / sao$/.test(f.figure.text));
  if (stars.length > 0) expect(sum(stars)).toBe(rows.size);
  const statuses = rest.filter(
    (f) =>
      /(công nhận mới|nâng hạng|đánh giá lại)$/.test(f.figure.text) ||
      f.after.startsWith(" chưa ghi tình trạng")
  );
  if (statuses.length > 0) expect(sum(statuses)).toBe(rows.size);
  const units = rest.filter(
    (f) =>
      !/^\d/.test(f.figure.text) ||
      / \d+ sản phẩm$/.test(f.figure.text) ||
      f.after.startsWith(" chưa ghi địa bàn")
  );
  if (units.length > 1) expect(sum(units)).toBe(rows.size);
  for (const f of rest) for (const r of f.figure.rows) expect(rows.has(r.row)).toBe(true);
}
