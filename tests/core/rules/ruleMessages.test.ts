import { RULE_FINDINGS } from "../../../src/core/findings/ruleCodes";
import { renderMessage } from "../../../src/core/findings";
import type { Finding } from "../../../src/core/findings/finding";
import { aFair, anExhibit, aProduct, aTypedWorkbook, findingsOf } from "./builders";

/** A workbook with every rule finding planted once. */
function everyFinding(): Finding[] {
  const typed = aTypedWorkbook({
    fairs: [
      aFair(),
      aFair({ fairCode: "HC01" }),
      aFair({ fairCode: "HC02", startDate: "2023-09-14", endDate: "2023-09-13" }),
      aFair({ fairCode: "HC03", startDate: "2023-08-01", endDate: "2023-09-01" }),
      aFair({ fairCode: "HC04", startDate: "2021-05-01", endDate: "2021-05-02" }),
      aFair({ fairCode: "HC05", startDate: "2023-05-01", endDate: "2023-05-02" }),
      aFair({ fairCode: "HC06", startDate: "2025-08-01", endDate: "2025-08-02" }),
    ],
    exhibits: [
      anExhibit(),
      anExhibit(),
      anExhibit({ fairCode: "HC9" }),
      anExhibit({ product: "Khô cá tra phồng" }),
      anExhibit({ fairCode: "HC03", stars: 5 }),
      anExhibit({ fairCode: "HC04", product: "Mắm cá linh", category: "Đặc thù", stars: 3 }),
      anExhibit({ fairCode: "HC05", product: "Gạo Tài Nguyên", stars: 2, producer: "X" }),
      anExhibit({ fairCode: "HC05", product: "Trà mãng cầu", producer: "Y" }),
      anExhibit({ fairCode: "HC05", product: "Khô bò", stars: 3 }),
      anExhibit({
        fairCode: "HC06",
        product: "Mắm cá linh",
        category: "Đặc thù",
        stars: undefined,
      }),
    ],
    products: [
      aProduct(),
      aProduct(),
      aProduct({ product: "Gạo Tài Nguyên", producer: "X", score: 120 }),
      aProduct({ product: "Bánh pía", stars: 2, score: 40 }),
      aProduct({ product: "Khô bò", stars: 3, score: 95, decisionDate: "2024-06-01" }),
      aProduct({ product: "Trà mãng cầu", producer: "Y", decisionDate: "2020-01-10" }),
      aProduct({
        product: "Mật ong",
        level: "huyện",
        expiryDate: "2026-01-01",
        group: 1,
        productSet: 14,
      }),
      aProduct({ product: "Nấm rơm", decisionDate: "2025-08-01" }),
    ],
  });
  // QĐ 26/2026/QĐ-TTg: a 2026 report date and a 2026 decision.
  const in2026 = aTypedWorkbook({
    exhibits: [],
    products: [
      aProduct({ product: "Cá khô", decisionDate: "2024-03-01" }),
      aProduct({ product: "Bánh phồng", decisionDate: "2024-06-20" }),
      aProduct({ product: "Mắm", stars: 3, score: 60, level: "huyện", decisionDate: "2026-06-10" }),
    ],
  });
  return [
    ...findingsOf(typed, { reportYear: 2023 }),
    ...findingsOf(in2026, { reportYear: 2026 }, "2026-11-30"),
  ];
}

describe("rule messages", () => {
  const findings = everyFinding();
  const codes = [...new Set(findings.map((f) => f.code))].sort();

  it("covers every code the rules raise, and the catalogue has no stale codes", () => {
    expect(codes).toEqual(Object.keys(RULE_FINDINGS).sort());
  });

  it("names the column of each finding by its key, where the sheet has that column", () => {
    const typed = aTypedWorkbook();
    for (const f of findings) {
      expect(f.columnKey).toBeDefined();
      expect(typed.locations[f.sheetKind!]?.columns[f.columnKey!]).toBe(f.column);
    }
  });

  it.each(["vi", "en"] as const)("renders every finding in %s without gaps", (lang) => {
    for (const f of findings) {
      const text = renderMessage(f, lang);
      expect(text).not.toBe(f.code);
      expect(text).not.toMatch(/undefined|NaN|\$\{/);
    }
  });

  it("writes dates day-first in both languages", () => {
    const f = findings.find((x) => x.code === "fairs.endDate.beforeStart")!;
    expect(renderMessage(f, "vi")).toContain("13/09/2023");
    expect(renderMessage(f, "en")).toContain("14/09/2023");
  });

  it("writes a decimal score with a comma in Vietnamese", () => {
    const [f] = findingsOf(
      aTypedWorkbook({ products: [aProduct({ score: 69.5, stars: 4 })], exhibits: [] })
    );
    expect(renderMessage(f, "vi")).toContain("Điểm 69,5 ");
    expect(renderMessage(f, "en")).toContain("Score 69.5 ");
  });

  it("names the first row of a duplicate and the expected stars", () => {
    const dup = findings.find((x) => x.code === "fairs.fairCode.duplicate")!;
    expect(renderMessage(dup, "vi")).toContain(`dòng ${dup.params?.firstRow}`);
    const band = findings.find((x) => x.code === "products.stars.scoreMismatch")!;
    expect(renderMessage(band, "vi")).toContain("5 sao");
  });
});
