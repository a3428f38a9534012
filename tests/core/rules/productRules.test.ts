import { renderMessage } from "../../../src/core/findings";
import { PRODUCTS } from "../../../src/core/sheets/columns";
import { aProduct, aTypedWorkbook, columnOf, findingsOf, withCode } from "./builders";

const products = (...rows: Parameters<typeof aProduct>[0][]) =>
  aTypedWorkbook({ products: rows.map((r) => aProduct(r)), exhibits: [] });

describe("ranked product rules", () => {
  describe("score outside 0–100", () => {
    it.each([[-1], [100.5], [120]])("flags %p as an error on the score", (score) => {
      const [f] = withCode(findingsOf(products({ score })), "products.score.outOfRange");
      expect(f).toMatchObject({ row: 2, column: columnOf(PRODUCTS, "score"), severity: "error" });
      expect(f.value).toBe(score);
    });

    it("accepts 100 and 0 as scores (0 with its own 1★ band)", () => {
      expect(findingsOf(products({ score: 100, stars: 5, level: "trung ương" }))).toEqual([]);
      const zero = findingsOf(products({ score: 0, stars: 1 }));
      expect(withCode(zero, "products.score.outOfRange")).toEqual([]);
    });
  });

  describe("stars that are not recognised", () => {
    it.each([[1], [2]] as const)("flags %p★ as an error", (stars) => {
      const score = stars === 1 ? 20 : 40;
      const found = findingsOf(products({ stars, score }));
      const [f] = withCode(found, "products.stars.notRecognised");
      expect(f).toMatchObject({ row: 2, column: columnOf(PRODUCTS, "stars"), severity: "error" });
      expect(withCode(found, "products.stars.scoreMismatch")).toEqual([]);
    });

    it("accepts 3★ with a 3★ score", () => {
      expect(findingsOf(products({ stars: 3, score: 50, level: "huyện" }))).toEqual([]);
    });
  });

  describe("stars that do not match the score band", () => {
    it("flags 49.99 with 3★ and suggests no rating, since 2★ is not recognised", () => {
      const [f] = withCode(
        findingsOf(products({ score: 49.99, stars: 3, level: "huyện" })),
        "products.stars.scoreMismatch"
      );
      expect(f).toMatchObject({
        row: 2,
        column: columnOf(PRODUCTS, "stars"),
        severity: "error",
        params: { score: 49.99, stars: 3, expectedStars: 2 },
      });
      expect(f.suggestion).toBeUndefined();
      expect(renderMessage(f, "vi")).toContain("dưới 50 điểm không được công nhận");
    });

    it("suggests the band's stars when the band is a recognised one", () => {
      const [f] = withCode(
        findingsOf(products({ score: 72, stars: 3, level: "tỉnh" })),
        "products.stars.scoreMismatch"
      );
      expect(f).toMatchObject({ suggestion: 4, params: { expectedStars: 4 } });
    });

    it("accepts 50 with 3★, the lower edge of the band", () => {
      expect(findingsOf(products({ score: 50, stars: 3, level: "huyện" }))).toEqual([]);
    });

    it("flags 70 with 3★ (4★ starts at 70) and suggests 4★", () => {
      const [f] = withCode(
        findingsOf(products({ score: 70, stars: 3, level: "huyện" })),
        "products.stars.scoreMismatch"
      );
      expect(f.suggestion).toBe(4);
    });

    it("does not judge the band of a score outside 0–100", () => {
      const found = findingsOf(products({ score: 101, stars: 5 }));
      expect(withCode(found, "products.stars.scoreMismatch")).toEqual([]);
    });
  });

  describe("decision date in the future", () => {
    it("flags a decision dated tomorrow", () => {
      const found = findingsOf(products({ decisionDate: "2024-03-02" }), {}, "2024-03-01");
      const [f] = withCode(found, "products.decisionDate.future");
      expect(f).toMatchObject({
        row: 2,
        column: columnOf(PRODUCTS, "decisionDate"),
        severity: "error",
        value: "02/03/2024",
      });
    });

    it("accepts a decision dated today", () => {
      const found = findingsOf(products({ decisionDate: "2024-03-01" }), {}, "2024-03-01");
      expect(withCode(found, "products.decisionDate.future")).toEqual([]);
    });
  });

  describe("the same product and producer twice", () => {
    it("warns on the repeat, naming the first row", () => {
      const typed = products(
        {},
        { product: "Gạo Tài Nguyên" },
        { product: "ĐƯỜNG THỐT NỐT", producer: "hợp tác xã đường thốt nốt Tịnh Biên" }
      );
      const found = withCode(findingsOf(typed), "products.product.duplicate");
      expect(found.map((f) => [f.row, f.column, f.severity, f.params?.firstRow])).toEqual([
        [4, columnOf(PRODUCTS, "product"), "warning", 2],
      ]);
    });

    it("accepts the same product name from another producer", () => {
      const typed = products({}, { producer: "Cơ sở Thốt nốt Bảy Núi" });
      expect(findingsOf(typed)).toEqual([]);
    });
  });

  describe("certificate expired at the report date", () => {
    it("warns when decision + 36 months falls on the report date", () => {
      const typed = products({ decisionDate: "2020-12-31" });
      const [f] = withCode(
        findingsOf(typed, { reportYear: 2023 }),
        "products.decisionDate.expired"
      );
      expect(f).toMatchObject({
        row: 2,
        column: columnOf(PRODUCTS, "decisionDate"),
        severity: "warning",
        params: { expiryDate: "2023-12-31", reportDate: "2023-12-31" },
      });
    });

    it("accepts a certificate that expires the day after the report date", () => {
      const typed = products({ decisionDate: "2021-01-01" });
      expect(findingsOf(typed, { reportYear: 2023 })).toEqual([]);
    });

    it("falls back to 31/12 of the report year when the settings' report date is not a date", () => {
      const typed = products({ decisionDate: "2021-01-01" });
      const found = findingsOf(typed, { reportYear: 2023, reportDate: "2024-02-30" });
      expect(withCode(found, "products.decisionDate.expired")).toEqual([]);
    });

    it("judges at the report date of the settings when one is set", () => {
      const typed = products({ decisionDate: "2021-01-01" });
      const found = findingsOf(typed, { reportYear: 2023, reportDate: "2024-01-01" });
      expect(withCode(found, "products.decisionDate.expired").map((f) => f.row)).toEqual([2]);
    });

    it("does not flag an old certificate of a product re-ranked since", () => {
      const typed = products(
        { decisionDate: "2020-06-01" },
        { decisionDate: "2023-06-01", status: "đánh giá lại" }
      );
      const found = findingsOf(typed, { reportYear: 2023 });
      expect(withCode(found, "products.decisionDate.expired")).toEqual([]);
    });
  });

  describe("recognition level against the era", () => {
    it("warns about a 4★ product recognised at district level", () => {
      const [f] = withCode(findingsOf(products({ level: "huyện" })), "products.level.era");
      expect(f).toMatchObject({
        row: 2,
        column: columnOf(PRODUCTS, "level"),
        severity: "warning",
        value: "huyện",
      });
    });

    it("accepts a 5★ product recognised at central level", () => {
      const typed = products({ score: 92, stars: 5, level: "trung ương" });
      expect(findingsOf(typed)).toEqual([]);
    });

    it("says nothing when the level column is missing", () => {
      const typed = aTypedWorkbook({
        products: [aProduct({ level: "huyện" })],
        exhibits: [],
        omit: { products: ["level"] },
      });
      expect(findingsOf(typed)).toEqual([]);
    });
  });

  describe("stated expiry date", () => {
    it("warns when it is not decision + 36 months and suggests the right date", () => {
      const typed = products({ decisionDate: "2023-06-15", expiryDate: "2026-06-14" });
      const [f] = withCode(findingsOf(typed), "products.expiryDate.mismatch");
      expect(f).toMatchObject({
        row: 2,
        column: columnOf(PRODUCTS, "expiryDate"),
        severity: "warning",
        suggestion: "15/06/2026",
      });
    });

    it("accepts the month's last day when the decision day does not exist 36 months on", () => {
      const typed = products({ decisionDate: "2020-02-29", expiryDate: "2023-02-28" });
      expect(withCode(findingsOf(typed), "products.expiryDate.mismatch")).toEqual([]);
    });

    it("accepts exactly 36 months", () => {
      const typed = products({ decisionDate: "2023-06-15", expiryDate: "2026-06-15" });
      expect(findingsOf(typed)).toEqual([]);
    });
  });

  describe("product set outside the row's group", () => {
    it("warns when the set belongs to another group", () => {
      // Set 14 (Rượu trắng) is in group 2, Đồ uống.
      const typed = products({ group: 1, productSet: 14 });
      const [f] = withCode(findingsOf(typed), "products.productSet.wrongGroup");
      expect(f).toMatchObject({
        row: 2,
        column: columnOf(PRODUCTS, "productSet"),
        severity: "warning",
        params: { setGroup: 2, group: 1 },
      });
    });

    it("accepts a set of the row's group", () => {
      expect(findingsOf(products({ group: 2, productSet: 14 }))).toEqual([]);
    });
  });
});
