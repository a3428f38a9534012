import { effectiveReportYear } from "../../../src/core/reportYear";
import { aFair, aProduct, aTypedWorkbook } from "./builders";

const fairsIn = (...starts: string[]) =>
  starts.map((startDate, i) => aFair({ fairCode: `HC${i}`, startDate, endDate: startDate }));

describe("effective report year", () => {
  it("is the year of the settings when set", () => {
    const typed = aTypedWorkbook({ fairs: fairsIn("2023-05-01") });
    expect(effectiveReportYear(typed, { reportYear: 2021 })).toBe(2021);
  });

  it("is the year most fairs start in", () => {
    const typed = aTypedWorkbook({ fairs: fairsIn("2022-05-01", "2023-05-01", "2023-11-01") });
    expect(effectiveReportYear(typed, {})).toBe(2023);
  });

  it("takes the latest year on a tie", () => {
    const typed = aTypedWorkbook({ fairs: fairsIn("2024-01-10", "2023-05-01") });
    expect(effectiveReportYear(typed, {})).toBe(2024);
  });

  it("falls back to the year most decisions are in", () => {
    const typed = aTypedWorkbook({
      fairs: [aFair({ startDate: undefined })],
      products: [
        aProduct({ decisionDate: "2022-03-01" }),
        aProduct({ decisionDate: "2021-03-01" }),
        aProduct({ decisionDate: "2022-09-01" }),
      ],
    });
    expect(effectiveReportYear(typed, {})).toBe(2022);
  });

  it("is undefined without any dates", () => {
    const typed = aTypedWorkbook({ fairs: [], products: [aProduct({ decisionDate: undefined })] });
    expect(effectiveReportYear(typed, {})).toBeUndefined();
  });
});
