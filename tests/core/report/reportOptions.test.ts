import { defaultReportOptions } from "../../../src/core/report";
import { parseSettings } from "../../../src/core/settings";
import { aFairRow, aProductRow } from "./typedRows";

describe("default report options", () => {
  const data = {
    fairs: [aFairRow({ startDate: "2022-09-01" }), aFairRow({ startDate: "2022-10-01" })],
    products: [aProductRow({ decisionDate: "2023-06-01" })],
  };

  it("take the year, province and agency from the settings first", () => {
    const options = defaultReportOptions(
      data,
      parseSettings({ reportYear: 2021, province: "Đồng Tháp", agency: "Sở Nông nghiệp" })
    );
    expect(options).toMatchObject({ year: 2021, province: "Đồng Tháp", agency: "Sở Nông nghiệp" });
  });

  it("take the year most fairs start in when the settings have none", () => {
    expect(defaultReportOptions(data, parseSettings({})).year).toBe(2022);
  });

  it('write exact sums (no "khoảng") and leading zeros unless told otherwise', () => {
    expect(defaultReportOptions(data, parseSettings({ reportApproximate: true })).approximate).toBe(
      true
    );
    expect(defaultReportOptions(data, parseSettings({}))).toMatchObject({
      approximate: false,
      leadingZeros: true,
      province: "An Giang",
      agency: "Sở Công Thương",
    });
  });

  it("keep a report date that is an ISO date", () => {
    expect(defaultReportOptions(data, parseSettings({ reportDate: "2024-01-10" })).reportDate).toBe(
      "2024-01-10"
    );
  });

  it("drop a report date that is not an ISO date, and do not take a year from it", () => {
    for (const reportDate of ["31/12/2023", "2023-02-30", "2023"]) {
      const options = defaultReportOptions(
        { fairs: [], products: [] },
        parseSettings({ reportDate })
      );
      expect(options.reportDate).toBeUndefined();
      expect(options.year).toBe(0);
    }
  });

  it("take the year from a valid report date when nothing else gives one", () => {
    const options = defaultReportOptions(
      { fairs: [], products: [] },
      parseSettings({ reportDate: "2024-01-10" })
    );
    expect(options.year).toBe(2024);
  });
});
