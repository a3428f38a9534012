import { EXHIBITS } from "../../../src/core/sheets/columns";
import { anExhibit, aTypedWorkbook, columnOf, findingsOf, withCode } from "./builders";

const exhibits = (...rows: Parameters<typeof anExhibit>[0][]) =>
  aTypedWorkbook({ exhibits: rows.map((r) => anExhibit(r)) });

describe("exhibit rules", () => {
  describe("the same product twice at one fair", () => {
    it("warns on the repeat, comparing names folded", () => {
      const typed = exhibits(
        {},
        { product: "Gạo Tài Nguyên", category: "Đặc thù", stars: undefined },
        { product: "duong thot not" }
      );
      const found = withCode(findingsOf(typed), "exhibits.product.duplicateAtFair");
      expect(found.map((f) => [f.row, f.column, f.severity, f.params?.firstRow])).toEqual([
        [4, columnOf(EXHIBITS, "product"), "warning", 2],
      ]);
    });

    it("accepts the same product at two fairs", () => {
      const typed = aTypedWorkbook({
        fairs: [
          { fairCode: "HC01", startDate: "2023-09-14", endDate: "2023-09-18" },
          { fairCode: "HC02", startDate: "2023-10-05", endDate: "2023-10-09" },
        ],
        exhibits: [anExhibit({ fairCode: "HC01" }), anExhibit({ fairCode: "HC02" })],
      });
      expect(findingsOf(typed)).toEqual([]);
    });
  });

  describe("stars on an exhibit that is not OCOP", () => {
    it("warns on the stars cell", () => {
      const typed = exhibits({ category: "CNNTTB", stars: 4 });
      const [f] = withCode(findingsOf(typed), "exhibits.stars.notOcop");
      expect(f).toMatchObject({
        row: 2,
        column: columnOf(EXHIBITS, "stars"),
        severity: "warning",
        params: { category: "CNNTTB" },
      });
    });

    it("accepts a non-OCOP exhibit without stars", () => {
      expect(findingsOf(exhibits({ category: "CNNTTB", stars: undefined }))).toEqual([]);
    });
  });

  describe("OCOP exhibit with 1★ or 2★", () => {
    it("flags it as an error", () => {
      const [f] = withCode(findingsOf(exhibits({ stars: 2 })), "exhibits.stars.notRecognised");
      expect(f).toMatchObject({ row: 2, column: columnOf(EXHIBITS, "stars"), severity: "error" });
    });

    it("accepts 3★ and above on the rule itself", () => {
      const found = findingsOf(exhibits({ stars: 3 }));
      expect(withCode(found, "exhibits.stars.notRecognised")).toEqual([]);
    });
  });
});
