import { translator } from "../../src/taskpane/i18n";
import { withExcelVersions } from "../../src/taskpane/i18n/requirement";

describe("requirement sets in words", () => {
  const vi = translator("vi");
  it("names Excel 2019 for sets up to ExcelApi 1.7 and Excel 2021 from 1.8", () => {
    expect(withExcelVersions("ExcelApi 1.7", vi)).toBe(
      "ExcelApi 1.7: có từ Excel 2019, Excel 2021, Microsoft 365 và Excel trên web"
    );
    // Volume-licensed Office 2019 stops at ExcelApi 1.7: dropdowns (1.8) need Office 2021.
    expect(withExcelVersions("ExcelApi 1.8", translator("en"))).toBe(
      "ExcelApi 1.8: in Excel 2021, Microsoft 365 and Excel on the web"
    );
  });

  it("leaves anything else as it is", () => {
    expect(withExcelVersions("WordApi 1.3", vi)).toBe("WordApi 1.3");
    expect(withExcelVersions(undefined, vi)).toBe("");
  });
});
