import type { Finding } from "../../../src/core/rules/finding";
import {
  findingsToCsv,
  findingsToXlsx,
  neutralise,
} from "../../../src/workbook/file/exportFindings";
import { readXlsx } from "../../../src/workbook/file/readXlsx";

const aFinding = (over: Partial<Finding> = {}): Finding => ({
  severity: "error",
  code: "exhibits.district.unknown",
  sheet: "Sản phẩm trưng bày",
  row: 21,
  column: "D",
  value: "Thoại Sơm",
  params: { column: "Huyện", value: "Thoại Sơm", suggestion: "Thoại Sơn" },
  suggestion: "Thoại Sơn",
  ...over,
});

describe("exporting findings", () => {
  it("neutralises text a spreadsheet would run as a formula", () => {
    for (const t of ['=HYPERLINK("x")', "+1", "-2", "@SUM(A1)"])
      expect(neutralise(t)).toBe(`'${t}`);
    expect(neutralise("Thoại Sơn")).toBe("Thoại Sơn");
  });

  it("writes CSV with a BOM, a header and one quoted-where-needed line per finding", () => {
    const csv = findingsToCsv(
      [aFinding(), aFinding({ row: 22, value: '=1+"a"', suggestion: undefined })],
      "vi"
    );
    expect(csv.startsWith("\uFEFFSheet,Ô,Mức độ,")).toBe(true);
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^Sản phẩm trưng bày,D21,Lỗi,exhibits\.district\.unknown,Thoại Sơm,/);
    expect(lines[2]).toContain(`"'=1+""a"""`);
  });

  it("writes the same table to .xlsx in the chosen language", async () => {
    const back = await readXlsx(await findingsToXlsx([aFinding({ value: "@cmd" })], "en"));
    const [header, row] = back.workbook.sheets[0].values;
    expect(header).toEqual(["Sheet", "Cell", "Severity", "Code", "Value", "Message", "Suggestion"]);
    expect(row.slice(0, 5)).toEqual([
      "Sản phẩm trưng bày",
      "D21",
      "Error",
      "exhibits.district.unknown",
      "'@cmd",
    ]);
    expect(row[6]).toBe("Thoại Sơn");
  });
});
