import { isDateFormat, serialToIso } from "../../../src/core/sheets/excelDate";
import { readWorkbook } from "../../../src/core/sheets/readWorkbook";
import { defaultSettings } from "../../../src/core/settings";
import { xlsxCellOf } from "../../../src/workbook/file/rawToXlsx";
import { aFair, aGrid, excelSerial } from "../../builders";
import { nationalReferenceOnce } from "../../builders/reference";

const ref = nationalReferenceOnce();

describe("one reading of Excel dates for every door", () => {
  it("takes a time-only format for a time, not a date", () => {
    for (const f of ["h:mm AM/PM", "hh:mm:ss AM/PM", "h:mm", "[h]:mm", "[mm]:ss", "mm:ss.0"])
      expect([f, isDateFormat(f)]).toEqual([f, false]);
    for (const f of ["dd/mm/yyyy hh:mm", "m/d/yy h:mm AM/PM", "mmm", "[$-42A]dd/mm/yyyy"])
      expect([f, isDateFormat(f)]).toEqual([f, true]);
  });

  it("counts serials as Excel does, its phantom 29/02/1900 included", () => {
    expect(serialToIso(1)).toBe("1900-01-01");
    expect(serialToIso(59)).toBe("1900-02-28");
    expect(serialToIso(60)).toBeUndefined();
    expect(serialToIso(61)).toBe("1900-03-01");
    expect(serialToIso(0)).toBeUndefined();
    expect(serialToIso(Number.NaN)).toBeUndefined();
    expect(serialToIso(0, true)).toBe("1904-01-01");
    expect(serialToIso(excelSerial("2023-09-14") + 0.99)).toBe("2023-09-14");
    // Float dust from a trip through JS Dates is still that day.
    expect(serialToIso(excelSerial("2023-09-14") - 1e-9)).toBe("2023-09-14");
  });

  it("reads a number under a time format in a text column as the number, in the core", () => {
    const grid = aGrid("fairs", [aFair({ note: 45366.75 })], {
      numberFormats: { note: "h:mm AM/PM" },
    });
    const { typed } = readWorkbook({ sheets: [grid] }, defaultSettings(), {
      today: "2024-01-10",
      reference: ref.current,
    });
    expect(typed.fairs[0].note).toBe("45366.75");
  });

  it("and the file door writes it back as a number, as the core read it", () => {
    expect(xlsxCellOf(45366.75, "h:mm AM/PM", false)).toBe(45366.75);
    expect(xlsxCellOf(45366, "dd/mm/yyyy", false)).toEqual({ date: "2024-03-15" });
  });
});
