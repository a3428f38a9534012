import { checkWorkbook } from "../../../src/core/check";
import { renderMessage } from "../../../src/core/findings";
import { buildReport, defaultReportOptions, noteText, toText } from "../../../src/core/report";
import { defaultSettings } from "../../../src/core/settings";
import type { RawWorkbook } from "../../../src/core/sheets/rawSheet";
import { aFair, anExhibit, aProduct, aWorkbook, nationalReferenceOnce } from "../../builders";

const national = nationalReferenceOnce();

function check(raw: RawWorkbook) {
  const settings = { ...defaultSettings(), reportYear: 2023 };
  const result = checkWorkbook(raw, settings, { today: "2024-01-10", reference: national.current });
  return {
    ...result,
    model: buildReport(result.typed, defaultReportOptions(result.typed, settings)),
  };
}

const missing = (r: ReturnType<typeof check>) =>
  r.findings.filter((f) => f.code.endsWith(".sheet.missing")).map((f) => [f.code, f.severity]);

describe("a workbook that keeps only the ranked products", () => {
  const products = [
    aProduct({ product: "Mắm cá linh", stars: 4, score: 80, level: "tỉnh" }),
    aProduct({ product: "Đường thốt nốt", producer: "HTX Tri Tôn" }),
  ];

  it("has the fairs and exhibits sheets' absence as info, saying the report ranks alone", () => {
    const r = check(aWorkbook({ products }));
    expect(missing(r)).toEqual([
      ["fairs.sheet.missing", "info"],
      ["exhibits.sheet.missing", "info"],
    ]);
    expect(r.summary.error).toBe(0);
    expect(r.summary.warning).toBe(0);
    const fairs = r.findings.find((f) => f.code === "fairs.sheet.missing")!;
    expect(renderMessage(fairs, "vi")).toContain("báo cáo chỉ viết đoạn đánh giá, phân hạng");
    expect(renderMessage(fairs, "en")).toContain("the ranking paragraph alone");
  });

  it("writes the ranking paragraph alone: no promotion paragraph, no blank figures", () => {
    const { model } = check(aWorkbook({ products }));
    expect(model.paragraphs.map((p) => p.id)).toEqual(["ranking"]);
    const text = toText(model);
    expect(text).toContain("02 sản phẩm được công nhận");
    expect(text).not.toMatch(/trưng bày|Hội chợ|lượt|\b0 |\bundefined\b|NaN|…/);
    expect(model.notes.map((n) => noteText(n, "vi"))).toContain(
      "Không có đoạn xúc tiến thương mại: không tìm thấy sheet hội chợ."
    );
  });
});

describe("a workbook with one promotion sheet of the pair", () => {
  it("keeps the missing exhibits sheet a warning beside fairs, with the promotion paragraph", () => {
    const r = check(
      aWorkbook({
        fairs: [aFair({ startDate: "2023-09-14", endDate: "2023-09-18" })],
        products: [aProduct()],
      })
    );
    expect(missing(r)).toEqual([["exhibits.sheet.missing", "warning"]]);
    expect(r.model.paragraphs.map((p) => p.id)).toEqual(["ranking", "promotion"]);
    const f = r.findings.find((x) => x.code === "exhibits.sheet.missing")!;
    expect(renderMessage(f, "vi")).not.toContain("chỉ có danh sách");
  });

  it("keeps a missing fairs sheet a warning beside exhibits", () => {
    const r = check(aWorkbook({ exhibits: [anExhibit()], products: [aProduct()] }));
    expect(missing(r)).toEqual([["fairs.sheet.missing", "warning"]]);
  });

  it("keeps the missing ranked sheet a warning beside fairs and exhibits", () => {
    const r = check(aWorkbook({ fairs: [aFair()], exhibits: [anExhibit()] }));
    expect(missing(r)).toEqual([["products.sheet.missing", "warning"]]);
  });
});
