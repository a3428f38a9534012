import { checkWorkbook, type CheckOptions } from "../../../src/core/check";
import { dismissalOf } from "../../../src/core/findings/findingKey";
import { IncrementalChecker } from "../../../src/core/incremental/incrementalChecker";
import { defaultSettings, type Settings } from "../../../src/core/settings";
import type { RawWorkbook } from "../../../src/core/sheets/rawSheet";
import { aGrid, anExhibit, aProduct, nationalReferenceOnce } from "../../builders";
import { prng } from "../../builders/prng";
import { aRandomWorkbook, editAtRandom } from "./randomEdits";

const national = nationalReferenceOnce();
const WORKBOOKS = 80;
const EDITS = 5;

function settingsFor(rand: () => number): Settings {
  const settings = defaultSettings();
  const r = rand();
  // A report date in QĐ 26/2026's time brings re-evaluation windows; none lets fairs pick the year.
  if (r < 0.3) return { ...settings, reportDate: "2026-06-30" };
  if (r < 0.5) return { ...settings, reportYear: 2023 };
  return settings;
}

describe("the incremental check equals a whole check", () => {
  it(`on ${WORKBOOKS} random workbooks, ${EDITS} random edits each`, () => {
    const modes = { full: 0, rows: 0, rules: 0, dismissed: 0, unchanged: 0 };
    for (let seed = 1; seed <= WORKBOOKS; seed++) {
      const rand = prng(seed);
      const raw = aRandomWorkbook(rand);
      let settings = settingsFor(rand);
      const options: CheckOptions = { today: "2026-07-15", reference: national.current };
      const first = checkWorkbook(raw, settings, options);
      if (first.findings.length > 0 && rand() < 0.4) {
        // Dismissed findings stay out, and are counted, through the edits.
        settings = {
          ...settings,
          dismissed: [dismissalOf(first.findings[Math.floor(rand() * first.findings.length)])],
        };
      }
      const checker = new IncrementalChecker();
      expect(checker.check(raw, settings, options)).toEqual(checkWorkbook(raw, settings, options));
      const done: string[] = [];
      for (let e = 0; e < EDITS; e++) {
        const last = checker.check(raw, settings, options).findings;
        if (rand() < 0.1 && last.length > 0) {
          // A finding dismissed in the pane (or the dismissals cleared) between two edits.
          const one = last[Math.floor(rand() * last.length)];
          settings = { ...settings, dismissed: rand() < 0.7 ? [dismissalOf(one)] : [] };
          done.push("dismissals changed");
        } else done.push(editAtRandom(rand, raw));
        const incremental = checker.check(raw, settings, options);
        modes[checker.last.mode]++;
        const whole = checkWorkbook(raw, settings, options);
        try {
          expect(incremental.findings).toEqual(whole.findings);
          expect(incremental.summary).toEqual(whole.summary);
          expect(incremental.dismissedCount).toBe(whole.dismissedCount);
          expect(incremental.typed).toEqual(whole.typed);
        } catch (err) {
          throw new Error(`seed ${seed}, after ${done.join("; ")}:\n${String(err)}`);
        }
      }
    }
    // Most edits must take the row path, or this test proves nothing about it.
    expect(modes.rows).toBeGreaterThan((WORKBOOKS * EDITS) / 2);
    expect(modes.rules).toBeGreaterThan(0);
    expect(modes.dismissed).toBeGreaterThan(0);
  });
});

describe("the incremental check", () => {
  const options = () => ({ today: "2024-06-30", reference: national.current });
  const workbook = (): RawWorkbook => ({
    sheets: [
      aGrid("fairs", [{ fairCode: "HC01", startDate: "2023-09-14", endDate: "2023-09-18" }]),
      aGrid("exhibits", [
        anExhibit({ product: "Khô bò" }),
        anExhibit({ product: "Trà sen" }),
        anExhibit({ product: "Gạo" }),
      ]),
      aGrid("products", [aProduct({ product: "Khô bò" }), aProduct({ product: "Trà sen" })]),
    ],
  });

  it("re-checks an edited row with the rows of its old and new product only", () => {
    const raw = workbook();
    const checker = new IncrementalChecker();
    const settings = defaultSettings();
    checker.check(raw, settings, options());
    raw.sheets[1].values[1][1] = "Trà sen"; // "Khô bò" becomes a duplicate of row 3
    const result = checker.check(raw, settings, options());
    expect(checker.last).toMatchObject({ mode: "rows", reread: 1 });
    // Row 2 (was Khô bò, now Trà sen) + row 3 (Trà sen) + both ranked rows; not row 4 (Gạo).
    expect(checker.last.rechecked).toBe(4);
    expect(result.findings.map((f) => f.code)).toContain("exhibits.product.duplicateAtFair");
    expect(result).toEqual(checkWorkbook(raw, settings, options()));
  });

  it("answers the last result when nothing changed, and checks whole on new settings", () => {
    const raw = workbook();
    const checker = new IncrementalChecker();
    const settings = defaultSettings();
    const first = checker.check(raw, settings, options());
    expect(checker.check(raw, settings, options())).toBe(first);
    expect(checker.last.mode).toBe("unchanged");
    checker.check(raw, { ...settings, reportYear: 2022 }, options());
    expect(checker.last).toMatchObject({ mode: "full", reason: "settings" });
  });

  it("runs every rule on a fair edited, and checks whole when its code moves", () => {
    const raw = workbook();
    const checker = new IncrementalChecker();
    const settings = defaultSettings();
    checker.check(raw, settings, options());
    raw.sheets[0].values[1][5] = "Sở Công Thương"; // the organizer: exhibits read the same
    expect(checker.check(raw, settings, options())).toEqual(
      checkWorkbook(raw, settings, options())
    );
    expect(checker.last).toMatchObject({ mode: "rules", reread: 1, rechecked: 5 });
    raw.sheets[0].values[1][0] = "HC02";
    expect(checker.check(raw, settings, options())).toEqual(
      checkWorkbook(raw, settings, options())
    );
    expect(checker.last).toMatchObject({ mode: "full", reason: "a fair's code or start date" });
  });

  it("filters again when only the dismissals change", () => {
    const raw = workbook();
    const checker = new IncrementalChecker();
    const settings = defaultSettings();
    const first = checker.check(raw, settings, options());
    expect(first.findings.length).toBeGreaterThan(0);
    const dismissing = { ...settings, dismissed: [dismissalOf(first.findings[0])] };
    const result = checker.check(raw, dismissing, options());
    expect(checker.last.mode).toBe("dismissed");
    expect(result).toEqual(checkWorkbook(raw, dismissing, options()));
    expect(result.dismissedCount).toBe(1);
  });

  it("checks whole when a header or the sheet list changes", () => {
    const raw = workbook();
    const checker = new IncrementalChecker();
    const settings = defaultSettings();
    checker.check(raw, settings, options());
    raw.sheets[1].values[0][1] = "Sản phẩm";
    checker.check(raw, settings, options());
    expect(checker.last).toMatchObject({
      mode: "full",
      reason: "a header, a sheet's kind or the lists",
    });
    raw.sheets.pop();
    expect(checker.check(raw, settings, options())).toEqual(
      checkWorkbook(raw, settings, options())
    );
    expect(checker.last).toMatchObject({ mode: "full", reason: "sheets" });
  });
});
