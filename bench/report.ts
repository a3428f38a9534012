/**
 * `npx tsx bench/report.ts`: the report (buildReport + toText + toWordHtml, then toDocx apart)
 * from 100k exhibit rows at 200 fairs and 10k ranked products, typed rows built in memory.
 * Goal (issue 4): buildReport ≤ 100 ms on this machine. Prints figures, asserts nothing.
 */
import { performance } from "node:perf_hooks";
import { buildReport, toDocx, toText, toWordHtml } from "../src/core/report";
import type { ExhibitRow, FairRow, ProductRow, TypedWorkbook } from "../src/core/sheets/rows";

const FAIRS = 200;
const EXHIBITS = 100_000;
const PRODUCTS = 10_000;
const RUNS = 10;
const DISTRICTS = ["Long Xuyên", "Châu Đốc", "Tân Châu", "Tịnh Biên", "An Phú", "Châu Phú"];
const PROVINCES = ["Sóc Trăng", "Hậu Giang", "Hà Nội", "Cần Thơ", "Đồng Tháp", "Kiên Giang"];
const CATEGORIES = ["OCOP", "CNNTTB", "Đặc thù", "Tiềm năng OCOP", "Khác"] as const;

const isoDay = (year: number, day: number): string =>
  new Date(Date.UTC(year, 0, 1 + day)).toISOString().slice(0, 10);

function build(): TypedWorkbook {
  const fairs: FairRow[] = [];
  for (let i = 0; i < FAIRS; i++) {
    const start = isoDay(2023, (i * 7) % 360);
    fairs.push({
      row: i + 2,
      fairCode: `HC${i}`,
      name: `Hội chợ số ${i}`,
      province: PROVINCES[i % PROVINCES.length],
      startDate: start,
      endDate: isoDay(2023, ((i * 7) % 360) + 4),
    });
  }
  const exhibits: ExhibitRow[] = [];
  for (let i = 0; i < EXHIBITS; i++) {
    exhibits.push({
      row: i + 2,
      fairCode: `HC${i % FAIRS}`,
      product: `Sản phẩm ${i % 3_000}`,
      producer: `Chủ thể ${i % 1_500}`,
      district: DISTRICTS[i % DISTRICTS.length],
      category: CATEGORIES[i % CATEGORIES.length],
      count: 1 + (i % 4),
    });
  }
  const products: ProductRow[] = [];
  for (let i = 0; i < PRODUCTS; i++) {
    const stars = (3 + (i % 3)) as 3 | 4 | 5;
    products.push({
      row: i + 2,
      product: `Sản phẩm OCOP ${i}`,
      producer: `Hợp tác xã ${i % 2_000}`,
      district: DISTRICTS[i % DISTRICTS.length],
      stars,
      score: [60, 80, 95][stars - 3],
      decisionDate: isoDay(2020 + (i % 4), i % 360),
      status: (["mới", "nâng hạng", "đánh giá lại"] as const)[i % 3],
    });
  }
  return {
    fairs,
    exhibits,
    products,
    locations: {},
    rowsWithErrors: { exhibits: Array.from({ length: 1_000 }, (_, i) => i * 100 + 2) },
  };
}

async function main(): Promise<void> {
  const typed = build();
  const options = {
    year: 2023,
    province: "An Giang",
    agency: "Sở Công Thương",
    approximate: true,
    leadingZeros: true,
  };
  buildReport(typed, options); // warm-up
  const times: number[] = [];
  let model = buildReport(typed, options);
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    model = buildReport(typed, options);
    toText(model);
    toWordHtml(model);
    times.push(performance.now() - t0);
  }
  const t1 = performance.now();
  const docx = await toDocx(model);
  const docxMs = performance.now() - t1;
  const sorted = [...times].sort((a, b) => a - b);
  const [best, median] = [sorted[0], sorted[Math.floor(RUNS / 2)]];
  console.log(
    `report: ${EXHIBITS.toLocaleString("en")} exhibits, ${PRODUCTS.toLocaleString("en")} ranked products, ${FAIRS} fairs`
  );
  console.log(
    `  buildReport + toText + toWordHtml: best ${best.toFixed(1)} ms, median ${median.toFixed(1)} ms of ${RUNS} (goal ≤ 100 ms)`
  );
  console.log(`  toDocx: ${docxMs.toFixed(1)} ms, ${docx.length.toLocaleString("en")} bytes`);
  console.log(`  rows left out: ${model.leftOut.reduce((n, l) => n + l.rows.length, 0)}`);
}

void main();
