import { checkWorkbook } from "../../src/core/check";
import { summarize, type Finding, type Severity } from "../../src/core/findings/finding";
import { defaultSettings } from "../../src/core/settings";
import {
  jsonFinding,
  jsonPieces,
  toJson,
  toText,
  type CheckedFile,
} from "../../src/cli/checkOutput";
import { nationalReferenceOnce } from "../builders";

const national = nationalReferenceOnce();

const SHEETS = ["Hội chợ", "Sản phẩm trưng bày", "Sản phẩm OCOP"];
const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** `n` findings spread over the three sheets and severities, as a big workbook would give. */
function manyFindings(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    severity: SEVERITIES[i % 3],
    code: "exhibits.count.outOfRange",
    sheet: SHEETS[i % SHEETS.length],
    row: 3 + Math.floor(i / SHEETS.length),
    column: "G",
    value: i,
  }));
}

function aCheckedFile(findings: Finding[], file = "so.xlsx", sheetOrder = SHEETS): CheckedFile {
  const { typed } = checkWorkbook({ sheets: [], date1904: false }, defaultSettings(), {
    today: "2024-01-01",
    reference: national.current,
  });
  return {
    file,
    result: { typed, findings, summary: summarize(findings), dismissedCount: 0 },
    sheetOrder,
  };
}

describe("ocop check output", () => {
  it("formats 100k findings in well under the time a quadratic grouping takes", () => {
    // Grouping that copied each sheet's list per finding took 94 s on 100k findings.
    const findings = manyFindings(100_000);
    const started = performance.now();
    const text = toText([aCheckedFile(findings)], "en");
    const elapsed = performance.now() - started;
    expect(text.split("\n").filter((l) => l.startsWith("    ")).length).toBe(findings.length);
    expect(elapsed).toBeLessThan(3000);
  });

  it("groups every finding under its sheet, sheets in tab order, findings in their order", () => {
    const findings = manyFindings(9);
    const tabs = [...SHEETS].reverse();
    const lines = toText([aCheckedFile(findings, "so.xlsx", tabs)], "vi").split("\n");
    const headers = lines.filter((l) => /^ {2}\S/.test(l) && SHEETS.includes(l.trim()));
    expect(headers.map((l) => l.trim())).toEqual(tabs);
    for (const sheet of SHEETS) {
      const start = lines.indexOf(`  ${sheet}`) + 1;
      const next = lines.findIndex((l, i) => i >= start && !l.startsWith("    "));
      const addresses = lines.slice(start, next).map((l) => l.trim().split("  ")[0]);
      const expected = findings.filter((f) => f.sheet === sheet).map((f) => `'${sheet}'!G${f.row}`);
      expect(addresses).toEqual(expected);
    }
  });

  it("counts in English with plurals: 1 error, 2 warnings, info uncountable, 1 file / 2 files", () => {
    const one = manyFindings(5); // error, warning, info, error, warning
    const s = summarize(one);
    expect(toText([aCheckedFile(one)], "en")).toMatch(
      new RegExp(
        `^Total, 1 file: ${s.error} errors, ${s.warning} warnings, ${s.info} info\\.$`,
        "m"
      )
    );
    const single = manyFindings(1);
    const two = toText([aCheckedFile(single, "a.xlsx"), aCheckedFile([], "b.xlsx")], "en");
    expect(two).toMatch(/^ {2}1 error, 0 warnings, 0 info$/m);
    expect(two).toMatch(/^Total, 2 files: 1 error, 0 warnings, 0 info\.$/m);
  });

  it("counts in Vietnamese without plural forms", () => {
    const findings = manyFindings(5);
    const s = summarize(findings);
    const text = toText([aCheckedFile(findings), aCheckedFile([], "b.xlsx")], "vi");
    expect(text).toMatch(
      new RegExp(`^ {2}${s.error} lỗi, ${s.warning} cảnh báo, ${s.info} thông tin$`, "m")
    );
    expect(text).toMatch(/^Tổng cộng 2 tệp: \d+ lỗi, \d+ cảnh báo, \d+ thông tin\.$/m);
  });

  it("keeps the JSON summary as counts, untouched by wording", () => {
    const findings = manyFindings(4);
    const doc = JSON.parse(toJson([aCheckedFile(findings)], "en"));
    expect(doc.files[0].summary).toEqual(summarize(findings));
  });

  it("writes a big JSON document in pieces that join, by line breaks too, into the same JSON", () => {
    const files = [
      aCheckedFile(manyFindings(4500)),
      aCheckedFile([], "b.xlsx"),
      aCheckedFile(manyFindings(3), "c.xlsx"),
    ];
    const pieces = [...jsonPieces(files, "vi")];
    // 4,500 findings in pieces of 2,000: never the whole output in one string.
    expect(pieces).toHaveLength(3);
    const whole = JSON.stringify({
      files: files.map(({ file, result }) => ({
        file,
        findings: result.findings.map((f) => jsonFinding(f, "vi")),
        summary: result.summary,
      })),
    });
    expect(pieces.join("")).toBe(whole);
    expect(JSON.parse(pieces.join("\n"))).toEqual(JSON.parse(whole));
    expect(toJson(files, "vi")).toBe(whole);
  });

  it("writes a small JSON document as one piece", () => {
    const files = [aCheckedFile(manyFindings(2000))];
    expect([...jsonPieces(files, "en")]).toEqual([toJson(files, "en")]);
  });
});
