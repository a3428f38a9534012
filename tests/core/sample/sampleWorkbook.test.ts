import { checkWorkbook } from "../../../src/core/check";
import { sampleMistakes, sampleWorkbook } from "../../../src/core/sample";
import { defaultSettings } from "../../../src/core/settings";
import { columnIndex } from "../../../src/core/sheets/address";
import { EXHIBITS, FAIRS, PRODUCTS, type SheetSpec } from "../../../src/core/sheets/columns";
import type { RawSheet } from "../../../src/core/sheets/rawSheet";
import { nationalReferenceOnce } from "../../builders";

const national = nationalReferenceOnce();

const TODAY = "2024-01-10";
const clean = sampleWorkbook({ mistakes: false });
const sheet = (spec: SheetSpec, book = clean): RawSheet => {
  const found = book.sheets.find((s) => s.name === spec.defaultName);
  if (!found) throw new Error(`no sheet ${spec.defaultName}`);
  return found;
};
const headerIndex = (s: RawSheet): number => s.values.findIndex((r) => r[0] !== "" && r[1] !== "");
const column = (spec: SheetSpec, key: string, book = clean) => {
  const s = sheet(spec, book);
  const c = spec.columns.findIndex((col) => col.key === key);
  return s.values.slice(headerIndex(s) + 1).map((r) => r[c]);
};
const isoOf = (serial: unknown): string =>
  new Date(Date.UTC(1899, 11, 30) + Number(serial) * 86_400_000).toISOString().slice(0, 10);

describe("the sample workbook", () => {
  it("has the three tracking sheets with the template's headers", () => {
    for (const spec of [FAIRS, EXHIBITS, PRODUCTS]) {
      const s = sheet(spec);
      expect(s.values[headerIndex(s)]).toEqual(spec.columns.map((c) => c.header));
    }
  });

  it("writes dates as Excel dates formatted dd/mm/yyyy", () => {
    const s = sheet(FAIRS);
    const c = FAIRS.columns.findIndex((col) => col.key === "startDate");
    const h = headerIndex(s);
    for (let r = h + 1; r < s.values.length; r++) {
      expect(typeof s.values[r][c]).toBe("number");
      expect(s.numberFormats?.[r][c]).toBe("dd/mm/yyyy");
    }
  });

  it("holds the seed's fairs: Sóc Trăng in September, Hậu Giang in October, Hà Nội in December 2023", () => {
    const places = column(FAIRS, "province");
    const months = column(FAIRS, "startDate").map((d) => isoOf(d).slice(0, 7));
    expect(places.map((p, i) => `${p} ${months[i]}`)).toEqual([
      "Sóc Trăng 2023-09",
      "Hậu Giang 2023-10",
      "Hà Nội 2023-12",
    ]);
  });

  it("shows 120 lượt of the products the seed names", () => {
    const counts = column(EXHIBITS, "count").map(Number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(120);
    const names = new Set(column(EXHIBITS, "product"));
    for (const name of [
      "Đường thốt nốt",
      "Khô cá lóc",
      "Khô bò",
      "Cơm cháy thực dưỡng",
      "Trà thảo dược",
      "Rượu trái cây",
    ])
      expect(names).toContain(name);
  });

  it("ranks products of 2023 in 10 of the province's units", () => {
    const dates = column(PRODUCTS, "decisionDate").map(isoOf);
    const districts = column(PRODUCTS, "district").filter((_, i) => dates[i].startsWith("2023"));
    expect(new Set(districts).size).toBe(10);
  });

  it("is right when its mistakes are fixed: the checker finds nothing", () => {
    const { findings, typed } = checkWorkbook(clean, defaultSettings(), {
      today: TODAY,
      reference: national.current,
    });
    expect(findings).toEqual([]);
    expect(typed.exhibits.length).toBe(column(EXHIBITS, "product").length);
  });

  it("differs from the fixed one exactly at its documented mistakes", () => {
    const withMistakes = sampleWorkbook();
    const differences: string[] = [];
    withMistakes.sheets.forEach((s, i) =>
      s.values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== clean.sheets[i].values[r][c])
            differences.push(`${s.name}!${c + 1}:${r + 1}`);
        })
      )
    );
    const documented = sampleMistakes().map((m) => `${m.sheet}!${columnIndex(m.column)}:${m.row}`);
    expect(differences.sort()).toEqual(documented.sort());
    expect(documented.length).toBeGreaterThanOrEqual(6);
  });

  it("has each documented mistake found by the checker on its row", () => {
    const { findings } = checkWorkbook(sampleWorkbook({ mistakes: true }), defaultSettings(), {
      today: TODAY,
      reference: national.current,
    });
    for (const m of sampleMistakes()) {
      expect(findings.some((f) => f.sheet === m.sheet && f.row === m.row)).toBe(true);
    }
  });

  it("is the same every time it is built", () => {
    expect(sampleWorkbook()).toEqual(sampleWorkbook());
  });
});
