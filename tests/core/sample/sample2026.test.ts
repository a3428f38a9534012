import { checkWorkbook } from "../../../src/core/check";
import { loadNationalReference, provinceByName } from "../../../src/core/reference/national";
import { LEAVES_26 } from "../../../src/core/reference/ocopClassification";
import { QD_26_FROM } from "../../../src/core/reference/ocopRules";
import { DISTRICT_LEVEL_ENDED } from "../../../src/core/reference/units";
import { sampleMistakes, sampleWorkbook, type SampleMistake } from "../../../src/core/sample";
import { defaultSettings } from "../../../src/core/settings";
import { columnIndex } from "../../../src/core/sheets/address";
import { EXHIBITS, FAIRS, PRODUCTS, type SheetSpec } from "../../../src/core/sheets/columns";
import type { RawWorkbook } from "../../../src/core/sheets/rawSheet";
import type { Severity } from "../../../src/core/findings";
import { nationalReferenceOnce } from "../../builders/reference";

const ref = nationalReferenceOnce();

/*
 * The 2026 sample (merged An Giang, after 01/7/2025): its rows, checked against the national
 * reference, and its planted mistakes of the new map.
 */
const TODAY = "2026-11-20";
const clean = sampleWorkbook({ year: 2026, mistakes: false });
const planted = sampleWorkbook({ year: 2026, mistakes: true });

/** Each planted mistake: its value, the severity issue 9 asks for, and what its code ends with. */
const PLANTED: { value: string; severity: Severity; code: RegExp }[] = [
  { value: "Hậu Giang", severity: "warning", code: /^fairs\.province\.outdated$/ },
  { value: "thành phố Phú Quốc", severity: "warning", code: /\.district\.levelEnded$/ },
  { value: "huyện Chợ Mới", severity: "warning", code: /\.district\.levelEnded$/ },
  { value: "xã Mỹ Hòa Hưnq", severity: "error", code: /\.district\.unknown$/ },
  { value: "phường Ninh Kiều", severity: "error", code: /\.district\.elsewhere$/ },
];

interface Row {
  sheet: string;
  row: number;
  cells: Record<string, unknown>;
}

/** Every data row of a sheet, cells by column key; dates back to ISO. */
function rows(book: RawWorkbook, spec: SheetSpec): Row[] {
  const sheet = book.sheets.find((s) => s.name === spec.defaultName)!;
  const header = sheet.values.findIndex((r) => r[0] === spec.columns[0].header);
  return sheet.values.slice(header + 1).map((values, i) => ({
    sheet: sheet.name,
    row: header + 2 + i,
    cells: Object.fromEntries(
      spec.columns.map((c, j) => [c.key, c.type === "date" ? isoOf(values[j]) : values[j]])
    ),
  }));
}

const isoOf = (serial: unknown): string =>
  typeof serial === "number"
    ? new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10)
    : String(serial);

/** A row's date: its fair's start date (exhibits) or its decision date (products). */
function dateOf(row: Row, book: RawWorkbook): string {
  if (row.cells.decisionDate) return String(row.cells.decisionDate);
  const fair = rows(book, FAIRS).find((f) => f.cells.fairCode === row.cells.fairCode);
  return String(fair?.cells.startDate);
}

const mistakeAt = (value: string): SampleMistake => {
  const found = sampleMistakes(2026).find((m) => m.value === value);
  if (!found) throw new Error(`not planted: ${value}`);
  return found;
};

describe("the 2026 sample (merged An Giang)", () => {
  it("is not the default: the 2023 sample still is", () => {
    expect(sampleWorkbook()).toEqual(sampleWorkbook({ year: 2023 }));
    expect(sampleWorkbook({ year: 2026 })).not.toEqual(sampleWorkbook());
  });

  it("holds fairs of 2026 in provinces under the names in force on their dates", () => {
    const fairs = rows(clean, FAIRS);
    expect(fairs.length).toBeGreaterThanOrEqual(3);
    for (const fair of fairs) {
      const start = String(fair.cells.startDate);
      expect(start >= "2026-01-01" && start < "2027-01-01").toBe(true);
      expect([
        fair.cells.province,
        provinceByName(String(fair.cells.province), start)?.kind,
      ]).toEqual([fair.cells.province, "ok"]);
    }
  });

  it("names every unit as a commune of the merged An Giang on the row's date", async () => {
    const ref = await loadNationalReference();
    const units = [...rows(clean, EXHIBITS), ...rows(clean, PRODUCTS)].map((row) => {
      const date = dateOf(row, clean);
      expect(date >= DISTRICT_LEVEL_ENDED).toBe(true);
      const found = ref.findUnit(String(row.cells.district), "An Giang", date);
      expect([row.cells.district, found.kind]).toEqual([row.cells.district, "ok"]);
      return String(row.cells.district);
    });
    for (const name of ["đặc khu Phú Quốc", "phường Rạch Giá", "xã Tân Hiệp", "xã Mỹ Hoà Hưng"])
      expect(units).toContain(name);
    // Former Kiên Giang's communes are An Giang's now.
    expect(ref.findUnit("Rạch Giá", "Kiên Giang", "2026-06-05").kind).toBe("ok");
  });

  it("has 2026 decisions by UBND tỉnh under QĐ 26, with Phụ lục I's names", () => {
    const leaves = new Set(LEAVES_26.map((l) => l.name));
    const products = rows(clean, PRODUCTS);
    expect(products.length).toBeGreaterThanOrEqual(6);
    for (const p of products) {
      expect(String(p.cells.decisionDate) >= QD_26_FROM).toBe(true);
      expect(p.cells.level).toBe("tỉnh");
      expect([3, 4]).toContain(p.cells.stars);
      expect(leaves.has(String(p.cells.productSet))).toBe(true);
    }
    // At least one name QĐ 26 changed, so a QĐ 148-only checker would notice.
    const renamed = LEAVES_26.filter((l) => l.name !== l.oldName).map((l) => l.name);
    expect(products.some((p) => renamed.includes(String(p.cells.productSet)))).toBe(true);
  });

  it("differs from the fixed one exactly at its documented mistakes", () => {
    const differences: string[] = [];
    planted.sheets.forEach((s, i) =>
      s.values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== clean.sheets[i].values[r][c])
            differences.push(`${s.name}!${c + 1}:${r + 1}=${String(value)}`);
        })
      )
    );
    const documented = sampleMistakes(2026).map(
      (m) => `${m.sheet}!${columnIndex(m.column)}:${m.row}=${String(m.value)}`
    );
    expect(differences.sort()).toEqual(documented.sort());
    expect(
      sampleMistakes(2026)
        .map((m) => m.value)
        .sort()
    ).toEqual(PLANTED.map((p) => p.value).sort());
  });

  it("plants mistakes the national reference tells apart, each on a 2026 row", async () => {
    const ref = await loadNationalReference();
    const hauGiang = mistakeAt("Hậu Giang");
    const fair = rows(planted, FAIRS).find((f) => f.row === hauGiang.row)!;
    expect(provinceByName("Hậu Giang", String(fair.cells.startDate))).toMatchObject({
      kind: "outdated",
      successor: { name: "Cần Thơ" },
    });

    const unitRow = (value: string) => {
      const m = mistakeAt(value);
      const spec = m.sheetKind === "products" ? PRODUCTS : EXHIBITS;
      const row = rows(planted, spec).find((r) => r.row === m.row)!;
      expect(row.cells.district).toBe(value);
      return ref.findUnit(value, "An Giang", dateOf(row, planted));
    };
    expect(unitRow("xã Mỹ Hòa Hưnq")).toMatchObject({
      kind: "unknown",
      suggestion: { name: "Mỹ Hòa Hưng" },
    });
    expect(unitRow("phường Ninh Kiều")).toMatchObject({
      kind: "unknown",
      elsewhere: [{ province: { name: "Cần Thơ" }, unit: { name: "Ninh Kiều", type: "phường" } }],
    });
    expect(unitRow("huyện Chợ Mới")).toMatchObject({
      kind: "formerDistrict",
      unit: { name: "Chợ Mới", type: "xã" },
    });
    expect(unitRow("thành phố Phú Quốc")).toMatchObject({
      kind: "formerDistrict",
      unit: { name: "Phú Quốc", type: "đặc khu" },
    });
  });

  it("is clean when fixed, and each mistake is found at its cell with its code and severity", () => {
    expect(
      checkWorkbook(clean, defaultSettings(), { today: TODAY, reference: ref.current }).findings
    ).toEqual([]);
    const { findings } = checkWorkbook(planted, defaultSettings(), {
      today: TODAY,
      reference: ref.current,
    });
    for (const p of PLANTED) {
      const m = mistakeAt(p.value);
      const at = findings.filter(
        (f) => f.sheet === m.sheet && f.row === m.row && f.column === m.column
      );
      expect([p.value, at.map((f) => f.severity)]).toEqual([p.value, [p.severity]]);
      expect(at[0].code).toMatch(p.code);
    }
    expect(findings).toHaveLength(PLANTED.length);
  });
});
