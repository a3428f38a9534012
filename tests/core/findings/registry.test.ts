import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { checkWorkbook } from "../../../src/core/check";
import { FINDINGS, isFindingCode, renderMessage } from "../../../src/core/findings";
import { sampleWorkbook } from "../../../src/core/sample";
import { defaultSettings } from "../../../src/core/settings";
import { TRACKING_SHEETS } from "../../../src/core/sheets/columns";
import type { RuleFinding } from "../../../src/core/rules/findingAt";
import { COLUMN_CODES, SHEET_CODES } from "../../../src/core/sheets/readerCodes";
import { aFair, anExhibit, aProduct, aWorkbook } from "../../builders";
import { nationalReferenceOnce } from "../../builders";

const national = nationalReferenceOnce();

const SRC = join(__dirname, "../../../src");
const REGISTRY_DIR = join(SRC, "core", "findings");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Every source file outside the registry, with its text: where codes are raised. */
const raisers = sourceFiles(SRC)
  .filter((path) => !path.startsWith(REGISTRY_DIR + sep))
  .map((path) => ({ path: relative(SRC, path), text: readFileSync(path, "utf8") }));

/** Params that answer any name (a date for dates, a number for counts), so every message renders. */
const anyParams = new Proxy({} as Record<string, string>, {
  get: (_, key) => {
    if (typeof key !== "string") return undefined;
    if (/date|today|expir/i.test(key)) return "2023-09-14";
    if (/score|stars|days|row|year|min|group|set/i.test(key)) return "4";
    return `«${key}»`;
  },
});

const codes = Object.keys(FINDINGS) as (keyof typeof FINDINGS)[];
const KINDS = TRACKING_SHEETS.map((s) => s.kind as string);

describe("the findings registry", () => {
  it("declares every code as <sheet>.<column>.<what> of a tracking sheet and its columns", () => {
    for (const code of codes.filter((c) => !c.startsWith("across."))) {
      const [kind, column, what, ...rest] = code.split(".");
      expect(rest).toEqual([]);
      expect(KINDS).toContain(kind);
      expect(what).toMatch(/^[a-z][A-Za-z]+$/);
      if (column === "sheet") continue;
      const spec = TRACKING_SHEETS.find((s) => s.kind === kind)!;
      expect(spec.columns.map((c) => c.key)).toContain(column);
    }
  });

  it("declares the roll-up's codes as across.<subject>.<what> (issue 15)", () => {
    const across = codes.filter((c) => c.startsWith("across."));
    expect(across.length).toBeGreaterThan(0);
    for (const code of across) expect(code).toMatch(/^across\.[a-z]+\.[a-z][A-Za-z]+$/);
  });

  it.each(codes)("gives %s a severity and a message in Vietnamese and English", (code) => {
    const entry = FINDINGS[code];
    expect(["error", "warning", "info"]).toContain(entry.severity);
    const finding = { code, params: anyParams };
    const vi = renderMessage(finding, "vi");
    const en = renderMessage(finding, "en");
    for (const text of [vi, en]) {
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toBe(code);
      expect(text).not.toMatch(/undefined|NaN|\$\{|\[object/);
    }
    expect(vi).not.toBe(en);
    // Vietnamese text is written in Vietnamese: it carries Vietnamese letters.
    expect(vi).toMatch(/[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/i);
  });

  it("has no code that nothing raises: each is a literal in a source file outside the registry", () => {
    const unraised = codes.filter((code) => !raisers.some((f) => f.text.includes(`"${code}"`)));
    expect(unraised).toEqual([]);
  });

  it("has every code the reader's table names, and the table names each reading code once", () => {
    const tabled = [
      ...Object.values(COLUMN_CODES).flatMap((columns) =>
        Object.values(columns).flatMap((problems) => Object.values(problems) as string[])
      ),
      ...Object.values(SHEET_CODES).flatMap((sheet) => Object.values(sheet) as string[]),
    ];
    expect(new Set(tabled).size).toBe(tabled.length);
    for (const code of tabled) expect(isFindingCode(code)).toBe(true);
  });

  it("drops the lists sheet's codes, which nothing raises", () => {
    expect(codes.filter((c) => c.startsWith("lists."))).toEqual([]);
  });

  it("types each code's params: a rule cannot raise a code with another code's params", () => {
    const good: RuleFinding<"fairs.endDate.beforeStart"> = {
      code: "fairs.endDate.beforeStart",
      value: "13/09/2023",
      params: { startDate: "2023-09-14", endDate: "2023-09-13" },
    };
    // @ts-expect-error: the message reads startDate and endDate, not days
    const wrong: RuleFinding<"fairs.endDate.beforeStart"> = { ...good, params: { days: 3 } };
    // @ts-expect-error: a code that is not in the registry
    const unknown: RuleFinding<"fairs.endDate.tooShort"> = {
      ...good,
      code: "fairs.endDate.tooShort",
    };
    expect(renderMessage(good, "vi")).toBe(
      "Ngày kết thúc 13/09/2023 trước ngày bắt đầu 14/09/2023."
    );
    expect([wrong.code, unknown.code]).toEqual([
      "fairs.endDate.beforeStart",
      "fairs.endDate.tooShort",
    ]);
  });

  it("renders an unknown code as itself rather than failing", () => {
    expect(renderMessage({ code: "x.y.z" as never }, "vi")).toBe("x.y.z");
  });
});

describe("codes checkWorkbook emits", () => {
  const today = { today: "2024-01-10" };
  const books = {
    "the sample with its mistakes": sampleWorkbook({ mistakes: true }),
    "an empty workbook": { sheets: [], date1904: false },
    "rows full of wrong values": aWorkbook({
      fairs: [
        aFair(),
        aFair({ startDate: "31/02/2023", booths: "nhiều", province: "Atlantis" }),
        aFair({ fairCode: "#REF!", name: "  Hội  chợ ", booths: -2 }),
      ],
      exhibits: [
        anExhibit({ stars: "sáu sao", category: "OCOP?", count: 0 }),
        anExhibit({ fairCode: "", district: "Nowhere" }),
      ],
      products: [
        aProduct({ score: "cao", group: "Nhóm 9", productSet: "Bộ 99", level: "xã" }),
        aProduct({ status: "???", producerType: "Công ty", seq: 1.5 }),
      ],
    }),
  };

  it.each(Object.entries(books))("are all in the registry, for %s", (_, raw) => {
    const { findings } = checkWorkbook(raw, defaultSettings(), {
      ...today,
      reference: national.current,
    });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.map((f) => f.code).filter((c) => !isFindingCode(c))).toEqual([]);
    // The registry's severity, except a missing sheet, which is an error when no sheet is found.
    for (const f of findings)
      if (!f.code.endsWith(".sheet.missing")) expect(f.severity).toBe(FINDINGS[f.code].severity);
  });
});
