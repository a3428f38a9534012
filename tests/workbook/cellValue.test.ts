import { sameCellValue } from "../../src/workbook/cellValue";

describe("sameCellValue", () => {
  it("treats blank, null and missing as the same empty cell, and nothing else as empty", () => {
    expect(sameCellValue("", null)).toBe(true);
    expect(sameCellValue(undefined, "")).toBe(true);
    expect(sameCellValue("", 0)).toBe(false);
    expect(sameCellValue(" ", "")).toBe(false);
  });

  it("equals a number and its plain decimal text", () => {
    expect(sameCellValue(1, "1")).toBe(true);
    expect(sameCellValue("-3.5", -3.5)).toBe(true);
    expect(sameCellValue(12, "012")).toBe(false);
    expect(sameCellValue(12, " 12")).toBe(false);
    expect(sameCellValue(1000, "1e3")).toBe(false);
  });

  it("otherwise wants identical values", () => {
    expect(sameCellValue("Chợ Mới", "Chợ Mới")).toBe(true);
    expect(sameCellValue("Chợ Mới ", "Chợ Mới")).toBe(false);
    expect(sameCellValue(true, "TRUE")).toBe(false);
    expect(sameCellValue(true, true)).toBe(true);
  });
});
