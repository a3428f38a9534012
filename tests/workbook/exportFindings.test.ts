import type { Finding } from "../../src/core/findings/finding";
import {
  findingsToCsv,
  findingsToXlsx,
  neutralise,
  type ExportLabels,
} from "../../src/workbook/exportFindings";
import { readXlsx } from "../../src/workbook/file/readXlsx";

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

const someLabels = (over: Partial<ExportLabels> = {}): ExportLabels => ({
  sheetName: "Kết quả",
  headers: ["H1", "H2", "H3", "H4", "H5", "H6", "H7"],
  severity: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
  ...over,
});

describe("exporting findings", () => {
  it("neutralises text a spreadsheet would run as a formula", () => {
    for (const t of ['=HYPERLINK("x")', "+1", "-2", "@SUM(A1)"])
      expect(neutralise(t)).toBe(`'${t}`);
    expect(neutralise("Thoại Sơn")).toBe("Thoại Sơn");
  });

  it("writes CSV with a BOM, the caller's header and one quoted-where-needed line per finding", () => {
    const csv = findingsToCsv(
      [aFinding(), aFinding({ row: 22, value: '=1+"a"', suggestion: undefined })],
      "vi",
      someLabels()
    );
    expect(csv.startsWith("\uFEFFH1,H2,H3,H4,H5,H6,H7\r\n")).toBe(true);
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^Sản phẩm trưng bày,D21,Lỗi,exhibits\.district\.unknown,Thoại Sơm,/);
    expect(lines[2]).toContain(`"'=1+""a"""`);
  });

  it("writes .xlsx cells as text exactly as read, with no apostrophe", async () => {
    const labels = someLabels({
      sheetName: "Findings",
      severity: { error: "Error", warning: "Warning", info: "Info" },
    });
    const bytes = await findingsToXlsx(
      [aFinding({ value: "-5" }), aFinding({ row: 22, value: "=A1", suggestion: "@cmd" })],
      "en",
      labels
    );
    // The export is no tracking workbook: read every sheet.
    const back = await readXlsx(bytes, { allSheets: true });
    const sheet = back.workbook.sheets[0];
    expect(sheet.name).toBe("Findings");
    const [header, first, second] = sheet.values;
    expect(header).toEqual(labels.headers);
    expect(first.slice(0, 5)).toEqual([
      "Sản phẩm trưng bày",
      "D21",
      "Error",
      "exhibits.district.unknown",
      "-5",
    ]);
    expect(second[4]).toBe("=A1");
    expect(second[6]).toBe("@cmd");
  });
});
