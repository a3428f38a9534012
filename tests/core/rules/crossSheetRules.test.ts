import { EXHIBITS } from "../../../src/core/sheets/columns";
import {
  aFair,
  anExhibit,
  aProduct,
  aTypedWorkbook,
  columnOf,
  findingsOf,
  withCode,
} from "./builders";

describe("cross-sheet rules", () => {
  describe("exhibit fair code not in the fairs sheet", () => {
    it("flags it as an error and suggests the nearest code", () => {
      const typed = aTypedWorkbook({
        fairs: [
          aFair({ fairCode: "HC01" }),
          aFair({ fairCode: "HC-SOCTRANG", startDate: "2023-10-01", endDate: "2023-10-05" }),
        ],
        exhibits: [
          anExhibit({ fairCode: "HC01" }),
          anExhibit({
            fairCode: "HC-SOCTRAN",
            product: "Mắm cá linh",
            category: "Đặc thù",
            stars: undefined,
          }),
        ],
      });
      const [f] = withCode(findingsOf(typed), "exhibits.fairCode.unknown");
      expect(f).toMatchObject({
        row: 3,
        column: columnOf(EXHIBITS, "fairCode"),
        severity: "error",
        value: "HC-SOCTRAN",
        suggestion: "HC-SOCTRANG",
        fixable: true,
      });
    });

    it("suggests nothing when no code is close", () => {
      const typed = aTypedWorkbook({ exhibits: [anExhibit({ fairCode: "ZZZ-2019-XYZ" })] });
      const [f] = withCode(findingsOf(typed), "exhibits.fairCode.unknown");
      expect(f.suggestion).toBeUndefined();
    });

    it("matches codes regardless of case", () => {
      const typed = aTypedWorkbook({ exhibits: [anExhibit({ fairCode: "hc01" })] });
      expect(findingsOf(typed)).toEqual([]);
    });

    it("stays silent when the workbook has no fairs sheet", () => {
      const typed = aTypedWorkbook({ fairs: [], without: ["fairs"] });
      expect(withCode(findingsOf(typed), "exhibits.fairCode.unknown")).toEqual([]);
    });
  });

  describe("OCOP exhibit not on the ranked sheet", () => {
    it("warns on the product cell", () => {
      const typed = aTypedWorkbook({ exhibits: [anExhibit({ product: "Khô cá tra phồng" })] });
      const [f] = withCode(findingsOf(typed), "exhibits.product.notRanked");
      expect(f).toMatchObject({
        row: 2,
        column: columnOf(EXHIBITS, "product"),
        severity: "warning",
      });
    });

    it("warns when the product is ranked for another producer", () => {
      const typed = aTypedWorkbook({ exhibits: [anExhibit({ producer: "Cơ sở Bảy Núi" })] });
      expect(withCode(findingsOf(typed), "exhibits.product.notRanked")).toHaveLength(1);
    });

    it("matches the product folded, and any producer when the exhibit names none", () => {
      const typed = aTypedWorkbook({
        exhibits: [anExhibit({ product: "DUONG THOT NOT", producer: undefined })],
      });
      expect(findingsOf(typed)).toEqual([]);
    });

    it("does not look up exhibits of other categories", () => {
      const typed = aTypedWorkbook({
        exhibits: [
          anExhibit({ product: "Khô cá tra phồng", category: "Đặc thù", stars: undefined }),
        ],
      });
      expect(findingsOf(typed)).toEqual([]);
    });

    it("stays silent when the workbook has no ranked sheet", () => {
      const typed = aTypedWorkbook({ products: [], without: ["products"] });
      expect(findingsOf(typed)).toEqual([]);
    });
  });

  describe("OCOP exhibit with other stars than the ranked sheet", () => {
    it("warns on the stars and suggests the ranked stars", () => {
      const typed = aTypedWorkbook({ exhibits: [anExhibit({ stars: 3 })] });
      const [f] = withCode(findingsOf(typed), "exhibits.stars.rankedMismatch");
      expect(f).toMatchObject({
        row: 2,
        column: columnOf(EXHIBITS, "stars"),
        severity: "warning",
        suggestion: 4,
        params: { stars: 3, rankedStars: 4, rankedRow: 2 },
      });
    });

    it("accepts the stars of any of the product's decisions, and suggests the latest", () => {
      const typed = aTypedWorkbook({
        exhibits: [
          anExhibit({ stars: 3 }),
          anExhibit({ fairCode: "HC01", stars: 5, product: "Đường thốt nốt " }),
        ],
        products: [
          aProduct({ stars: 3, score: 65, level: "huyện", decisionDate: "2021-05-01" }),
          aProduct({ decisionDate: "2023-06-15", status: "nâng hạng" }),
        ],
      });
      const found = findingsOf(typed);
      const mismatches = withCode(found, "exhibits.stars.rankedMismatch");
      expect(mismatches.map((f) => [f.row, f.suggestion])).toEqual([[3, 4]]);
    });
  });

  describe("OCOP exhibit shown before the product was recognised", () => {
    it("warns when every decision on the product comes after the fair", () => {
      const typed = aTypedWorkbook({
        fairs: [aFair({ startDate: "2023-04-18", endDate: "2023-04-22" })],
        products: [aProduct({ decisionDate: "2023-07-12" })],
      });
      const [f] = withCode(findingsOf(typed), "exhibits.product.notYetRanked");
      expect(f).toMatchObject({
        row: 2,
        column: columnOf(EXHIBITS, "product"),
        severity: "warning",
        params: { fairDate: "2023-04-22", decisionDate: "2023-07-12", rankedRow: 2 },
      });
    });

    it("accepts a product recognised during the fair", () => {
      const typed = aTypedWorkbook({
        fairs: [aFair({ startDate: "2023-04-18", endDate: "2023-04-22" })],
        products: [aProduct({ decisionDate: "2023-04-20" })],
      });
      expect(withCode(findingsOf(typed), "exhibits.product.notYetRanked")).toEqual([]);
    });

    it("compares the stars with the certificate held by the fair, not a later one", () => {
      const typed = aTypedWorkbook({
        fairs: [aFair({ startDate: "2023-09-14", endDate: "2023-09-18" })],
        exhibits: [anExhibit({ stars: 4 })],
        products: [
          aProduct({ stars: 3, score: 65, level: "huyện", decisionDate: "2021-05-01" }),
          aProduct({ decisionDate: "2024-03-01", status: "nâng hạng" }),
        ],
      });
      const found = findingsOf(typed, { reportDate: "2023-12-31" });
      const [f] = withCode(found, "exhibits.stars.rankedMismatch");
      expect(f).toMatchObject({ row: 2, suggestion: 3, params: { rankedStars: 3, rankedRow: 2 } });
    });
  });

  describe("certificate expired at the fair date", () => {
    const ranked = (decisionDate: string) =>
      aTypedWorkbook({
        fairs: [aFair({ startDate: "2023-09-14", endDate: "2023-09-18" })],
        products: [aProduct({ decisionDate })],
      });

    it("warns when decision + 36 months falls on the fair's first day", () => {
      const found = findingsOf(ranked("2020-09-14"), { reportDate: "2023-09-13" });
      const [f] = withCode(found, "exhibits.product.expiredAtFair");
      expect(f).toMatchObject({
        row: 2,
        column: columnOf(EXHIBITS, "product"),
        severity: "warning",
        params: { fairDate: "2023-09-14", expiryDate: "2023-09-14", rankedRow: 2 },
      });
    });

    it("accepts a certificate that expires the day after", () => {
      const found = findingsOf(ranked("2020-09-15"), { reportDate: "2023-09-13" });
      expect(found).toEqual([]);
    });
  });
});
