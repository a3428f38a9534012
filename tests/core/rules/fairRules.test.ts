import { FAIRS } from "../../../src/core/sheets/columns";
import { aFair, aTypedWorkbook, columnOf, findingsOf, withCode } from "./builders";

describe("fair rules", () => {
  it("finds nothing wrong with a consistent workbook", () => {
    expect(findingsOf(aTypedWorkbook())).toEqual([]);
  });

  describe("duplicate fair code", () => {
    const fairs = [
      aFair({ fairCode: "HC01" }),
      aFair({ fairCode: "HC02" }),
      aFair({ fairCode: "hc01" }),
      aFair({ fairCode: "HC01" }),
    ];

    it("flags each repeat as an error, naming the first row", () => {
      const found = withCode(findingsOf(aTypedWorkbook({ fairs })), "fairs.fairCode.duplicate");
      expect(found.map((f) => [f.row, f.column, f.severity, f.params?.firstRow])).toEqual([
        [4, columnOf(FAIRS, "fairCode"), "error", 2],
        [5, columnOf(FAIRS, "fairCode"), "error", 2],
      ]);
      expect(found[0].sheet).toBe("Hội chợ");
      expect(found[0].value).toBe("hc01");
    });

    it("does not flag codes that differ", () => {
      const distinct = [aFair({ fairCode: "HC01" }), aFair({ fairCode: "HC011" })];
      expect(findingsOf(aTypedWorkbook({ fairs: distinct }))).toEqual([]);
    });

    it("stays silent when the code column is missing", () => {
      const typed = aTypedWorkbook({ fairs, omit: { fairs: ["fairCode"] } });
      expect(withCode(findingsOf(typed), "fairs.fairCode.duplicate")).toEqual([]);
    });
  });

  describe("end date before start date", () => {
    it("flags it as an error on the end date", () => {
      const fairs = [aFair({ startDate: "2023-09-14", endDate: "2023-09-13" })];
      const [f] = withCode(findingsOf(aTypedWorkbook({ fairs })), "fairs.endDate.beforeStart");
      expect(f).toMatchObject({ row: 2, column: columnOf(FAIRS, "endDate"), severity: "error" });
      expect(f.value).toBe("13/09/2023");
    });

    it("accepts a one-day fair", () => {
      const fairs = [aFair({ startDate: "2023-09-14", endDate: "2023-09-14" })];
      expect(findingsOf(aTypedWorkbook({ fairs }))).toEqual([]);
    });
  });

  describe("fair longer than 31 days", () => {
    it("warns about a 32-day fair", () => {
      const fairs = [aFair({ startDate: "2023-08-01", endDate: "2023-09-01" })];
      const [f] = withCode(findingsOf(aTypedWorkbook({ fairs })), "fairs.endDate.tooLong");
      expect(f).toMatchObject({ row: 2, column: columnOf(FAIRS, "endDate"), severity: "warning" });
      expect(f.params?.days).toBe(32);
    });

    it("accepts a 31-day fair", () => {
      const fairs = [aFair({ startDate: "2023-08-01", endDate: "2023-08-31" })];
      expect(findingsOf(aTypedWorkbook({ fairs }))).toEqual([]);
    });
  });

  describe("fair outside the report year", () => {
    it("warns on the start date when the fair lies wholly in another year", () => {
      const fairs = [
        aFair(),
        aFair({ fairCode: "HC02", startDate: "2022-12-01", endDate: "2022-12-05" }),
      ];
      const found = withCode(
        findingsOf(aTypedWorkbook({ fairs })),
        "fairs.startDate.outsideReportYear"
      );
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({
        row: 3,
        column: columnOf(FAIRS, "startDate"),
        severity: "warning",
        params: { reportYear: 2023, startDate: "2022-12-01" },
      });
    });

    it("accepts a fair that runs into the report year", () => {
      const fairs = [aFair({ startDate: "2022-12-29", endDate: "2023-01-03" })];
      const found = findingsOf(aTypedWorkbook({ fairs }), { reportYear: 2023 });
      expect(withCode(found, "fairs.startDate.outsideReportYear")).toEqual([]);
    });

    it("uses the report year from the settings", () => {
      const found = findingsOf(aTypedWorkbook(), { reportYear: 2024 });
      expect(withCode(found, "fairs.startDate.outsideReportYear").map((f) => f.row)).toEqual([2]);
    });
  });
});
