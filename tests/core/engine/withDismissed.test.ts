import { checkWorkbook, withDismissed } from "../../../src/core/check";
import { findingKey } from "../../../src/core/findings";
import { sampleWorkbook } from "../../../src/core/sample";
import { defaultSettings } from "../../../src/core/settings";
import { nationalReferenceOnce } from "../../builders";

const national = nationalReferenceOnce();

const TODAY = "2024-06-01";

describe("dismissing a finding in a result", () => {
  it("gives what a fresh check with that dismissal gives: counts and rows left out of the report", () => {
    const raw = sampleWorkbook({ mistakes: true });
    const first = checkWorkbook(raw, defaultSettings(), {
      today: TODAY,
      reference: national.current,
    });
    const error = first.findings.find((f) => f.severity === "error")!;
    const dismissed = withDismissed(first, findingKey(error));
    const fresh = checkWorkbook(
      raw,
      {
        ...defaultSettings(),
        dismissed: [{ code: error.code, sheet: error.sheet, cell: `${error.column}${error.row}` }],
      },
      { today: TODAY, reference: national.current }
    );
    expect(dismissed.findings).toEqual(fresh.findings);
    expect(dismissed.summary).toEqual(fresh.summary);
    expect(dismissed.dismissedCount).toBe(fresh.dismissedCount);
    expect(dismissed.typed.rowsWithErrors).toEqual(fresh.typed.rowsWithErrors);
    expect(dismissed.summary.error).toBe(first.summary.error - 1);
  });

  it("leaves the result as it is for a key it does not hold", () => {
    const first = checkWorkbook(sampleWorkbook({ mistakes: true }), defaultSettings(), {
      today: TODAY,
      reference: national.current,
    });
    expect(withDismissed(first, "nothing|here|A1")).toBe(first);
  });
});
