import type { Finding } from "../../src/core/findings/finding";
import { PRODUCTS } from "../../src/core/sheets/columns";
import { findingRows } from "../../src/taskpane/check/findingRows";

const aFinding = (over: Partial<Finding> = {}): Finding => ({
  severity: "error",
  code: "products.stars.scoreMismatch",
  sheet: "Sản phẩm OCOP",
  sheetKind: "products",
  row: 7,
  column: "J",
  value: 3,
  ...over,
});

const ruleRow = (f: Finding) => findingRows([f], "all").find((r) => r.kind === "rule");

describe("the findings list's column headings", () => {
  it("name the column the finding names by its key", () => {
    const header = PRODUCTS.columns.find((c) => c.key === "stars")!.header;
    expect(ruleRow(aFinding({ columnKey: "stars" }))).toMatchObject({
      column: header,
      letter: "J",
    });
  });

  it("name no column when the finding does not say which, rather than take its code apart", () => {
    const row = ruleRow(aFinding());
    expect(row).toMatchObject({ letter: "J" });
    expect(row?.kind === "rule" && row.column).toBeUndefined();
  });
});
