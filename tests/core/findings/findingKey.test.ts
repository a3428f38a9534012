import { checkWorkbook } from "../../../src/core/check";
import { dismissalKey, dismissalOf, findingKey } from "../../../src/core/findings";
import { sampleWorkbook } from "../../../src/core/sample";
import { defaultSettings, parseSettings } from "../../../src/core/settings";
import { nationalReferenceOnce } from "../../builders/reference";

const ref = nationalReferenceOnce();

const TODAY = "2024-06-01";

describe("a finding's identity, spelt once", () => {
  const raw = sampleWorkbook({ mistakes: true });
  let first: ReturnType<typeof checkWorkbook>;
  beforeAll(() => {
    first = checkWorkbook(raw, defaultSettings(), { today: TODAY, reference: ref.current });
  });

  it("is the same key for a finding and for the dismissal that names it", () => {
    for (const f of first.findings) {
      expect(dismissalOf(f)).toEqual({ code: f.code, sheet: f.sheet, cell: `${f.column}${f.row}` });
      expect(findingKey(f)).toBe(dismissalKey(dismissalOf(f)));
    }
    expect(new Set(first.findings.map(findingKey)).size).toBe(first.findings.length);
  });

  it("silences exactly the findings whose dismissals settings hold, after a round trip", () => {
    const chosen = first.findings.filter((_, i) => i % 3 === 0);
    const stored = JSON.parse(JSON.stringify({ dismissed: chosen.map(dismissalOf) }));
    const again = checkWorkbook(raw, parseSettings(stored), {
      today: TODAY,
      reference: ref.current,
    });
    const gone = new Set(chosen.map(findingKey));
    expect(again.findings).toEqual(first.findings.filter((f) => !gone.has(findingKey(f))));
    expect(again.dismissedCount).toBe(chosen.length);
  });
});
