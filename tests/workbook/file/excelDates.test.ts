import { serialToIso } from "../../../src/core/sheets/excelDate";
import { dateToSerial, isoToSerial } from "../../../src/workbook/file/excelDates";

describe("Excel date serials", () => {
  it("counts days from 30 Dec 1899, or from 1 Jan 1904 in the Mac date system", () => {
    expect(serialToIso(1)).toBe("1900-01-01");
    expect(serialToIso(0, true)).toBe("1904-01-01");
    expect(isoToSerial("2023-09-14")).toBe(isoToSerial("2023-09-13") + 1);
    expect(serialToIso(isoToSerial("2023-09-14", true), true)).toBe("2023-09-14");
  });

  it("keeps the day of a date-time, even late in the evening", () => {
    const day = isoToSerial("2023-09-14");
    expect(serialToIso(day + 0.99)).toBe("2023-09-14");
  });

  it("reads a serial a hair under midnight, as dates come back through JS Dates, as that day", () => {
    expect(serialToIso(isoToSerial("2023-09-14") - 1e-9)).toBe("2023-09-14");
  });

  it("keeps the time of day of a JS Date as the serial's fraction", () => {
    const noon = new Date(Date.UTC(2023, 8, 14, 12));
    expect(dateToSerial(noon)).toBe(isoToSerial("2023-09-14") + 0.5);
  });
});
