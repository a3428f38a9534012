import { checkWorkbook } from "../../../src/core/check";
import type { Finding } from "../../../src/core/findings";
import { defaultSettings, type Settings } from "../../../src/core/settings";
import {
  aFair,
  anExhibit,
  aProduct,
  aWorkbook,
  nationalReferenceOnce,
  type RawRow,
} from "../../builders";

const national = nationalReferenceOnce();
const TODAY = "2026-11-30";

/** The unit findings on one ranked product of `province` decided on `decisionDate`. */
function productUnit(
  district: string,
  decisionDate: string,
  settings: Partial<Settings> = {}
): Finding[] {
  const product: RawRow = aProduct({ district, decisionDate, expiryDate: "" });
  const raw = aWorkbook({ products: [product] });
  const all = checkWorkbook(
    raw,
    { ...defaultSettings(), reportYear: Number(decisionDate.slice(0, 4)), ...settings },
    { today: TODAY, reference: national.current }
  ).findings;
  return all.filter((f) => f.columnKey === "district");
}

/** The unit findings on one exhibit shown at a fair starting `startDate`. */
function exhibitUnit(district: string, startDate: string): Finding[] {
  const raw = aWorkbook({
    fairs: [aFair({ startDate, endDate: startDate, province: "Cần Thơ" })],
    exhibits: [anExhibit({ district })],
  });
  return checkWorkbook(raw, defaultSettings(), {
    today: TODAY,
    reference: national.current,
  }).findings.filter((f) => f.columnKey === "district");
}

const codes = (findings: Finding[]) => findings.map((f) => f.code);

describe("a unit is read against the list in force on its row's date (An Giang)", () => {
  it.each([
    ["xã Mỹ Hoà Hưng"],
    ["Mỹ Hòa Hưng"],
    ["MỸ HOÀ HƯNG"],
    ["đặc khu Phú Quốc"],
    ["phường Rạch Giá"],
    ["xã Tân Hiệp"],
    ["Tịnh Biên"],
  ])("accepts %s on a 2026 row", (unit) => {
    expect(productUnit(unit, "2026-03-02")).toEqual([]);
  });

  it("accepts decomposed (NFD) text of a unit, only as a hygiene finding", () => {
    expect(codes(productUnit("xã Mỹ Hòa Hưng".normalize("NFD"), "2026-03-02"))).toEqual([
      "products.district.decomposed",
    ]);
  });

  it("errs on a typo and offers the nearest unit as a fix", () => {
    const [f] = productUnit("Mỹ Hòa Hưnq", "2026-03-02");
    expect(f).toMatchObject({
      code: "products.district.unknown",
      severity: "error",
      suggestion: "Mỹ Hòa Hưng",
      fixable: true,
    });
    // With its type word, the fix keeps one.
    expect(productUnit("xã Mỹ Hòa Hưnq", "2026-03-02")[0].suggestion).toBe("xã Mỹ Hòa Hưng");
  });

  it("errs on a unit of another province, naming it", () => {
    const [f] = productUnit("phường Ninh Kiều", "2026-03-02");
    expect(f).toMatchObject({ code: "products.district.elsewhere", severity: "error" });
    expect(f.params).toMatchObject({
      unit: "phường Ninh Kiều",
      province: "thành phố Cần Thơ",
      home: "tỉnh An Giang",
    });
  });

  it("names Phú Quốc as Kiên Giang's on a 2024 An Giang row (before the merger)", () => {
    const [f] = productUnit("Phú Quốc", "2024-03-02");
    expect(f).toMatchObject({ code: "products.district.elsewhere", severity: "error" });
    expect(f.params).toMatchObject({ province: "tỉnh Kiên Giang" });
  });

  it.each([
    ["huyện Chợ Mới", "xã Chợ Mới"],
    ["thành phố Phú Quốc", "đặc khu Phú Quốc"],
  ])("warns on %s from 01/7/2025, offering %s", (unit, commune) => {
    const [f] = productUnit(unit, "2025-07-01");
    expect(f).toMatchObject({
      code: "products.district.levelEnded",
      severity: "warning",
      suggestion: commune,
      fixable: true,
    });
    expect(f.params).toMatchObject({ commune, date: "2025-07-01" });
  });

  it("accepts huyện Chợ Mới on 30/6/2025, the district level's last day", () => {
    expect(productUnit("huyện Chợ Mới", "2025-06-30")).toEqual([]);
  });

  it("warns on a type word that contradicts the list, with the right type", () => {
    const [f] = productUnit("phường Óc Eo", "2026-03-02");
    expect(f).toMatchObject({
      code: "products.district.wrongType",
      severity: "warning",
      suggestion: "xã Óc Eo",
    });
    expect(productUnit("xã Óc Eo", "2026-03-02")).toEqual([]);
  });

  it("dates an exhibit by its fair's start date", () => {
    expect(codes(exhibitUnit("huyện Chợ Mới", "2026-04-10"))).toEqual([
      "exhibits.district.levelEnded",
    ]);
    expect(exhibitUnit("huyện Chợ Mới", "2025-06-20")).toEqual([]);
    expect(codes(exhibitUnit("phường Ninh Kiều", "2026-04-10"))).toEqual([
      "exhibits.district.elsewhere",
    ]);
    expect(exhibitUnit("phường Rạch Giá", "2026-04-10")).toEqual([]);
  });

  it("accepts a unit of either list on an exhibit whose fair is unknown (undated)", () => {
    const undated = (district: string) => {
      const raw = aWorkbook({ exhibits: [anExhibit({ district, fairCode: "HC99" })] });
      return checkWorkbook(raw, defaultSettings(), {
        today: TODAY,
        reference: national.current,
      }).findings.filter((f) => f.columnKey === "district");
    };
    expect(undated("huyện Chợ Mới")).toEqual([]);
    expect(undated("đặc khu Phú Quốc")).toEqual([]);
    expect(codes(undated("Chợ Mớii"))).toEqual(["exhibits.district.unknown"]);
  });

  it("judges a 2025 workbook row by row", () => {
    const raw = aWorkbook({
      products: [
        aProduct({ district: "huyện Chợ Mới", decisionDate: "2025-03-10" }),
        aProduct({ district: "huyện Chợ Mới", decisionDate: "2025-09-10", product: "Khô cá" }),
        aProduct({ district: "xã Chợ Mới", decisionDate: "2025-09-10", product: "Mắm cá" }),
      ],
    });
    const found = checkWorkbook(raw, defaultSettings(), {
      today: TODAY,
      reference: national.current,
    }).findings.filter((f) => f.columnKey === "district");
    expect(found.map((f) => [f.row, f.code])).toEqual([[3, "products.district.levelEnded"]]);
  });
});

describe("other provinces and user lists", () => {
  it("keeps Tân Phước 1 apart from Tân Phước 2 in Đồng Tháp", () => {
    expect(productUnit("xã Tân Phước 1", "2026-03-02", { province: "Đồng Tháp" })).toEqual([]);
    const [f] = productUnit("xã Tân Phước 4", "2026-03-02", { province: "Đồng Tháp" });
    expect(f.code).toBe("products.district.unknown");
  });

  it("checks a 2024 Kiên Giang row against Kiên Giang's districts", () => {
    expect(productUnit("thành phố Phú Quốc", "2024-03-02", { province: "Kiên Giang" })).toEqual([]);
    expect(codes(productUnit("Tịnh Biên", "2024-03-02", { province: "Kiên Giang" }))).toEqual([
      "products.district.elsewhere",
    ]);
  });

  it("lets the user's own list override the reference", () => {
    const units = [{ name: "Chợ Mới", type: "huyện", aliases: [], formerTypes: [] }];
    expect(productUnit("huyện Chợ Mới", "2026-03-02", { units })).toEqual([]);
    expect(codes(productUnit("Óc Eo", "2026-03-02", { units }))).toEqual([
      "products.district.unknown",
    ]);
  });

  it("says once per sheet that an unknown province leaves the units unchecked", () => {
    const found = productUnit("xã Chợ Mới", "2026-03-02", { province: "An Giag" });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code: "products.district.provinceUnknown",
      severity: "error",
      row: 1,
    });
    expect(found[0].params).toMatchObject({ province: "An Giag", nearest: "An Giang" });
  });
});
