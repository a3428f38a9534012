import { checkWorkbook } from "../../../src/core/check";
import { defaultSettings } from "../../../src/core/settings";
import { fiftyTwoWorkbook } from "../../builders/fiftyTwo";
import { nationalReferenceOnce } from "../../builders/reference";

/** The 52-finding workbook the pane's width checks and the officer's walk open (issue 16). */
describe("the 52-finding workbook", () => {
  const reference = nationalReferenceOnce();
  const check = (today: string) =>
    checkWorkbook(fiftyTwoWorkbook(), defaultSettings(), { today, reference: reference.current });

  it.each(["2023-12-31", "2026-12-01", "2031-06-30"])(
    "has 52 findings when checked on %s",
    (today) => {
      const { findings, summary } = check(today);
      expect(findings).toHaveLength(52);
      expect(summary).toEqual({ error: 22, warning: 19, info: 11 });
    }
  );

  it("mixes known fixes with values only a person can type, on all three sheets", () => {
    const { findings } = check("2026-12-01");
    expect(findings.filter((f) => f.suggestion != null)).toHaveLength(37);
    expect(new Set(findings.map((f) => f.sheet))).toEqual(
      new Set(["Hội chợ", "Sản phẩm trưng bày", "Sản phẩm OCOP"])
    );
    // One finding per cell: a walk that fixes a cell clears exactly one finding.
    const cells = findings.map((f) => `${f.sheet}!${f.column}${f.row}`);
    expect(new Set(cells).size).toBe(52);
  });

  it("is the same workbook every time", () => {
    expect(fiftyTwoWorkbook()).toEqual(fiftyTwoWorkbook());
  });
});
