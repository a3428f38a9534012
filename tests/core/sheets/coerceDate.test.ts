import { coerceDate, parseDateText, serialToDate } from "../../../src/core/sheets/coerceDate";
import { isDateFormat } from "../../../src/core/sheets/excelDate";
import { excelSerial } from "../../builders";

describe("reading dates (domain.md §5)", () => {
  it.each([
    ["15/03/2024", "2024-03-15"],
    ["5/3/2024", "2024-03-05"],
    ["15-03-2024", "2024-03-15"],
    ["15.03.2024", "2024-03-15"],
    ["2024-03-15", "2024-03-15"],
    [" 29/02/2024 ", "2024-02-29"],
    ["15/03/2024 00:00:00", "2024-03-15"],
    ["ngày 10 tháng 01 năm 2024", "2024-01-10"],
  ])("reads the day-first text %j as %s", (text, iso) => {
    expect(parseDateText(text)).toEqual({ iso });
  });

  it.each([
    ["03/15/2024", "month-first is never guessed"],
    ["31/02/2024", "no 31 February"],
    ["29/02/2023", "2023 is not a leap year"],
    ["15/03/24", "two-digit years are ambiguous"],
    ["15/03-2024", "mixed separators"],
    ["March 15, 2024", "English words"],
    ["", "nothing"],
  ])("refuses %j (%s)", (text) => {
    expect(parseDateText(text)).toEqual({ invalid: true });
  });

  it("reads serials in the 1900 system, Excel's phantom 29/02/1900 aside", () => {
    expect(serialToDate(45366, false)).toEqual({ iso: "2024-03-15" });
    expect(serialToDate(45366.75, false)).toEqual({ iso: "2024-03-15" });
    expect(serialToDate(excelSerial("2023-09-14"), false)).toEqual({ iso: "2023-09-14" });
    expect(serialToDate(60, false)).toEqual({ invalid: true });
  });

  it("reads serials in the 1904 system four years and a day later", () => {
    expect(serialToDate(45366 - 1462, true)).toEqual({ iso: "2024-03-15" });
    expect(serialToDate(excelSerial("2023-09-14", true), true)).toEqual({ iso: "2023-09-14" });
  });

  it("takes a bare number in a date column as a serial, and refuses implausible ones", () => {
    expect(coerceDate(45366, false)).toEqual({ iso: "2024-03-15" });
    expect(coerceDate(75, false)).toEqual({ invalid: true });
    expect(coerceDate(-3, false)).toEqual({ invalid: true });
    expect(coerceDate(true, false)).toEqual({ invalid: true });
  });

  it("tells date formats from number formats", () => {
    for (const f of [
      "dd/mm/yyyy",
      "d/m/yy",
      "m/d/yyyy",
      "yyyy-mm-dd",
      "[$-42A]dd/mm/yyyy",
      "mmm-yy",
    ])
      expect(isDateFormat(f)).toBe(true);
    for (const f of ["General", "0", "0.00", "#,##0", "@", '"điểm" 0', "[Red]0.0", "h:mm", "mm:ss"])
      expect(isDateFormat(f)).toBe(false);
  });
});
