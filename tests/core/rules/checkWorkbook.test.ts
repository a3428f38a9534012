import { checkWorkbook } from "../../../src/core/check";
import { cellAddress } from "../../../src/core/sheets/address";
import { defaultSettings } from "../../../src/core/settings";
import { aGrid, aWorkbook } from "../../builders/grid";
import { aFair, anExhibit, aProduct } from "../../builders/rows";
import { nationalReferenceOnce } from "../../builders";

const national = nationalReferenceOnce();

/**
 * The rules behind the reader: a workbook laid out as users do (title rows, columns in another
 * order) with defects planted; every rule finding must land on its cell as the user sees it.
 */
describe("rules through checkWorkbook", () => {
  const today = { today: "2024-03-01" };
  const titles = [["BIỂU TỔNG HỢP HỘI CHỢ NĂM 2023"], [""]];

  it("finds nothing on a clean workbook", () => {
    const raw = aWorkbook({ fairs: [aFair()], exhibits: [anExhibit()], products: [aProduct()] });
    expect(
      checkWorkbook(raw, defaultSettings(), { ...today, reference: national.current }).findings
    ).toEqual([]);
  });

  it("points every planted rule finding at its cell in reordered columns", () => {
    const raw = aWorkbook({
      fairs: aGrid(
        "fairs",
        [
          aFair(),
          aFair({ startDate: "15/10/2023", endDate: "16/10/2023" }),
          aFair({ fairCode: "HC02", startDate: "20/11/2023", endDate: "19/11/2023" }),
        ],
        { titleRows: titles, columns: ["name", "endDate", "startDate", "province", "fairCode"] }
      ),
      exhibits: aGrid("exhibits", [anExhibit({ fairCode: "HC03" }), anExhibit({ stars: 3 })], {
        columns: ["stars", "product", "producer", "district", "category", "fairCode", "count"],
      }),
      products: aGrid("products", [aProduct({ score: "69,5" })], {
        omit: ["seq", "productCode"],
      }),
    });
    const { findings } = checkWorkbook(raw, defaultSettings(), {
      ...today,
      reference: national.current,
    });
    const at = (code: string) =>
      findings.filter((f) => f.code === code).map((f) => cellAddress(f.sheet, f.row, f.column));
    // Fairs: two title rows, header on row 3; fairCode is column E, endDate column B.
    expect(at("fairs.fairCode.duplicate")).toEqual(["'Hội chợ'!E5"]);
    expect(at("fairs.endDate.beforeStart")).toEqual(["'Hội chợ'!B6"]);
    expect(at("exhibits.fairCode.unknown")).toEqual(["'Sản phẩm trưng bày'!F2"]);
    expect(at("exhibits.stars.rankedMismatch")).toEqual(["'Sản phẩm trưng bày'!A3"]);
    // Products without seq and code: score is column G, stars column H.
    expect(at("products.stars.scoreMismatch")).toEqual(["'Sản phẩm OCOP'!H2"]);
    expect(findings.find((f) => f.code === "products.stars.scoreMismatch")?.suggestion).toBe(3);
  });
});
