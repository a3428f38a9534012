import { EXCEL_ERRORS, isExcelError } from "../../../src/core/sheets/rawSheet";

describe("Excel error values", () => {
  it("are told apart from text, however they start", () => {
    for (const error of EXCEL_ERRORS) expect(isExcelError(error)).toBe(true);
    for (const text of ["", "#", "#N/A ", "N/A", "Sản phẩm #1", "#UNCALCULATED!"])
      expect(isExcelError(text)).toBe(false);
    expect(isExcelError(7)).toBe(false);
  });
});
