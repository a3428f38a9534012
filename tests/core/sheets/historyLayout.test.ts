import { checkWorkbook } from "../../../src/core/check";
import type { Finding } from "../../../src/core/findings/finding";
import { renderMessage } from "../../../src/core/findings";
import { buildReport, defaultReportOptions } from "../../../src/core/report";
import { runsText } from "../../../src/core/report/model";
import { defaultSettings } from "../../../src/core/settings";
import type { RawWorkbook } from "../../../src/core/sheets/rawSheet";
import { readXlsx } from "../../../src/workbook/file/readXlsx";
import { nationalReferenceOnce } from "../../builders";
import {
  CLEAN_HISTORY,
  HISTORY_COLUMNS as COL,
  historyXlsx,
  type HistoryProducer,
} from "../../builders/historyXlsx";

const national = nationalReferenceOnce();
const TODAY = "2026-11-30";
const settings = { ...defaultSettings(), reportYear: 2026 };

function check(workbook: RawWorkbook) {
  return checkWorkbook(workbook, settings, { today: TODAY, reference: national.current });
}

async function checkFile(producers: HistoryProducer[]) {
  const read = await readXlsx(await historyXlsx(producers));
  return check(read.workbook);
}

const onLoc = (findings: readonly Finding[]) => findings.filter((f) => f.sheet === "Loc");
const at = (f: Finding) => `${f.column}${f.row} ${f.code}`;

/** The clean list with one product's fields changed (producer index, product index). */
function withChange(
  producer: number,
  product: number,
  change: (p: HistoryProducer, i: number) => void
): HistoryProducer[] {
  const copy = structuredClone(CLEAN_HISTORY);
  change(copy[producer], product);
  return copy;
}

describe("a ranked list kept as a recognition history (a layout from the field)", () => {
  it("reads a products-only workbook under any sheet name, with merged producers, cleanly", async () => {
    const result = await checkFile(CLEAN_HISTORY);
    expect(result.typed.locations.products?.sheet).toBe("Loc");
    // No score column: one info finding at the header, not an error; nothing else on the sheet.
    expect(onLoc(result.findings).map(at)).toEqual(["A4 products.sheet.noScoreColumn"]);
    expect(onLoc(result.findings)[0].severity).toBe("info");
    // The "Tổng cộng" row is not a product; continuation rows take their merged producer.
    expect(result.typed.products.map((p) => [p.row, p.producer, p.district])).toEqual([
      [5, "Công ty TNHH Nước mắm Hưng Thịnh Phú Quốc", "Phú Quốc"],
      [6, "Công ty TNHH Nước mắm Hưng Thịnh Phú Quốc", "Phú Quốc"],
      [7, "Hợp tác xã Hồ tiêu Cửa Dương", "Phú Quốc"],
      [8, "Cơ sở Khô cá Năm Rạch Giá", "Rạch Giá"],
      [9, "Cơ sở Khô cá Năm Rạch Giá", "Rạch Giá"],
    ]);
  });

  it("takes the latest round as the decision: a higher star is nâng hạng, the same đánh giá lại", async () => {
    const { typed } = await checkFile(CLEAN_HISTORY);
    expect(
      typed.products.map((p) => [p.row, p.stars, p.decisionDate, p.decisionNo, p.level, p.status])
    ).toEqual([
      [5, 5, "2026-09-10", "456/QĐ-BNNMT", "trung ương", "nâng hạng"],
      [6, 4, "2026-06-30", "1501/QĐ-UBND", "tỉnh", "mới"],
      [7, 3, "2026-07-20", "1702/QĐ-UBND", "tỉnh", "đánh giá lại"],
      [8, 3, "2026-10-05", "2210/QĐ-UBND", "tỉnh", "mới"],
      [9, 4, "2025-12-15", "3050/QĐ-UBND", "tỉnh", "mới"],
    ]);
  });

  it("reports the year's products by star, counting the 4★ → 5★ upgrade as a 2026 5★ recognition", async () => {
    const { typed } = await checkFile(CLEAN_HISTORY);
    const model = buildReport(typed, {
      ...defaultReportOptions(typed, settings),
      reference: national.current,
    });
    const ranking = model.paragraphs.find((p) => p.id === "ranking")!;
    const text = runsText(ranking.runs);
    expect(text).toContain(
      "trong năm 2026, toàn tỉnh có 04 sản phẩm được công nhận đạt chuẩn OCOP, " +
        "gồm 01 sản phẩm 5 sao, 01 sản phẩm 4 sao và 02 sản phẩm 3 sao"
    );
    expect(text).toContain(
      "02 sản phẩm công nhận mới, 01 sản phẩm nâng hạng và 01 sản phẩm đánh giá lại"
    );
    // Every figure keeps its rows: the 5★ and the nâng hạng are row 5 of "Loc".
    const rows = (figure: string) =>
      ranking.figures.find((f) => f.text === figure)?.rows.map((r) => `${r.sheet}!${r.row}`);
    expect(rows("01 sản phẩm 5 sao")).toEqual(["Loc!5"]);
    expect(rows("01 sản phẩm nâng hạng")).toEqual(["Loc!5"]);
    expect(rows("04 sản phẩm")).toEqual(["Loc!5", "Loc!6", "Loc!7", "Loc!8"]);
  });

  it("finds planted mismatches at their cells", async () => {
    const planted = structuredClone(CLEAN_HISTORY);
    planted[0].products[0].currentStars = 4; // T5: the latest round (lần 2) says 5★
    planted[1].products[0].rounds[1].year = 2025; // Q7: round 2 is dated 20/7/2026
    planted[1].name = ""; // C7: a producer cell left blank outside a merged block
    planted[2].products[0].rounds[0].year = "2027"; // L8: round 1 dated 05/10/2026
    const result = await checkFile(planted);
    const found = onLoc(result.findings).filter((f) => f.code !== "products.sheet.noScoreColumn");
    expect(found.map(at)).toEqual(
      [
        `${COL.round2.year}7 products.decisionDate.yearMismatch`,
        `${COL.producer}7 products.producer.required`,
        `${COL.currentStars}5 products.stars.currentMismatch`,
        `${COL.round1.year}8 products.decisionDate.yearMismatch`,
      ].sort(byCell)
    );
    const current = found.find((f) => f.code === "products.stars.currentMismatch")!;
    expect(current).toMatchObject({ severity: "error", value: 4, suggestion: 5, fixable: true });
    expect(renderMessage(current, "vi")).toBe(
      "Hạng sao hiện tại (4 sao) khác hạng sao của lần đánh giá gần nhất (lần 2: 5 sao)."
    );
    const year = found.find((f) => f.row === 7 && f.code.endsWith("yearMismatch"))!;
    expect(year).toMatchObject({ severity: "warning", value: 2025, suggestion: 2026 });
    expect(renderMessage(year, "vi")).toBe(
      "Năm 2025 (đánh giá lần 2) khác năm của ngày công nhận 20/07/2026."
    );
    expect(renderMessage(year, "en")).toMatch(/^The year 2025 \(round 2\)/);
  });

  it("checks the expiry against the latest decision, and points the round's findings at its cells", async () => {
    // Still the first decision's expiry (15/6/2023 + 36 months) after the 2026 upgrade.
    const stale = withChange(0, 0, (p, i) => (p.products[i].expiry = "2026-06-15"));
    const result = await checkFile(stale);
    const expiry = onLoc(result.findings).filter((f) => f.code === "products.expiryDate.mismatch");
    expect(expiry.map(at)).toEqual([`${COL.expiry}5 products.expiryDate.mismatch`]);
    expect(expiry[0].suggestion).toBe("10/09/2029");

    // A 5★ decided by the province in 2026: the level finding is at round 2's body, not round 1's.
    const wrongBody = withChange(0, 0, (p, i) => (p.products[i].rounds[1].body = "UBND tỉnh"));
    const level = onLoc((await checkFile(wrongBody)).findings).filter((f) =>
      f.code.startsWith("products.level.")
    );
    expect(level.map((f) => `${f.column}${f.row}`)).toEqual([`${COL.round2.body}5`]);
  });

  it("reads an earlier round's unreadable stars at their cell", async () => {
    const bad = withChange(1, 0, (p, i) => {
      p.products[i].rounds[0].stars = "bốn sao rưỡi";
    });
    const found = onLoc((await checkFile(bad)).findings).map(at);
    expect(found).toContain(`${COL.round1.stars}7 products.stars.unknown`);
  });

  it("without merges from the door, a row whose producer cells are all blank continues the one above", async () => {
    const read = await readXlsx(await historyXlsx(CLEAN_HISTORY));
    const sheet = { ...read.workbook.sheets[0], merges: undefined };
    // Row 9 continues row 8; on row 7 only the producer's name is blank: that is a blank.
    sheet.values = sheet.values.map((row) => row.slice());
    sheet.values[6][2] = "";
    const result = check({ ...read.workbook, sheets: [sheet] });
    expect(onLoc(result.findings).map(at)).toEqual([
      "A4 products.sheet.noScoreColumn",
      `${COL.producer}7 products.producer.required`,
    ]);
    expect(result.typed.products.find((p) => p.row === 9)?.producer).toBe(
      "Cơ sở Khô cá Năm Rạch Giá"
    );
  });
});

function byCell(a: string, b: string): number {
  const [ca, ra] = [a.match(/^[A-Z]+/)![0], Number(a.match(/\d+/)![0])];
  const [cb, rb] = [b.match(/^[A-Z]+/)![0], Number(b.match(/\d+/)![0])];
  return ra - rb || ca.length - cb.length || ca.localeCompare(cb);
}
