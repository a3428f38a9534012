import {
  loadNationalReference,
  type NationalReference,
  type UnitLookup,
} from "../../../src/core/reference/national";
import { AN_GIANG_2023_UNITS } from "../../../src/core/reference/units";

const BEFORE = "2024-06-15";
const LAST_DAY_OF_DISTRICTS = "2025-06-30";
const FIRST_DAY_OF_COMMUNES = "2025-07-01";
const AFTER = "2026-03-10";

let ref: NationalReference;
beforeAll(async () => {
  ref = await loadNationalReference();
});

/** "xã Mỹ Hòa Hưng" for an ok finding, the kind otherwise. */
function typed(found: UnitLookup): string {
  return found.kind === "ok" ? `${found.unit.type} ${found.unit.name}` : found.kind;
}

describe("loadNationalReference", () => {
  it("loads once and hands every caller the same reference", async () => {
    const [a, b] = await Promise.all([loadNationalReference(), loadNationalReference()]);
    expect(a).toBe(b);
    expect(a).toBe(ref);
  });
});

describe("provinceByName", () => {
  it("reads prefixes, abbreviations and missing marks", () => {
    expect(ref.provinceByName("tỉnh An Giang", AFTER)).toMatchObject({
      kind: "ok",
      province: { name: "An Giang", type: "tỉnh" },
    });
    expect(ref.provinceByName("TP Cần Thơ", AFTER)).toMatchObject({
      kind: "ok",
      province: { name: "Cần Thơ" },
    });
    expect(ref.provinceByName("an giang", BEFORE)?.province.name).toBe("An Giang");
  });

  it("knows none for a misspelt name, and names the nearest instead", () => {
    expect(ref.provinceByName("An Giag", AFTER)).toBeUndefined();
    expect(ref.nearestProvinceNames("An Giag", AFTER)).toEqual(["An Giang"]);
    expect(ref.nearestProvinceNames("tỉnh An Giag", BEFORE)[0]).toBe("An Giang");
    expect(ref.nearestProvinceNames("Xyz", AFTER)).toEqual([]);
  });

  it("suggests an old name's successor after the reform, the old name itself before", () => {
    expect(ref.nearestProvinceNames("Kien Giag", AFTER)[0]).toBe("An Giang");
    expect(ref.nearestProvinceNames("Kien Giag", BEFORE)[0]).toBe("Kiên Giang");
  });

  it("uses the 63 before 01/7/2025 and the 34 from then; an old name gets its successor", () => {
    expect(ref.provincesOn(LAST_DAY_OF_DISTRICTS)).toHaveLength(63);
    expect(ref.provincesOn(FIRST_DAY_OF_COMMUNES)).toHaveLength(34);
    expect(ref.provinceByName("Hậu Giang", LAST_DAY_OF_DISTRICTS)).toMatchObject({ kind: "ok" });
    expect(ref.provinceByName("Hậu Giang", FIRST_DAY_OF_COMMUNES)).toMatchObject({
      kind: "outdated",
      province: { name: "Hậu Giang" },
      successor: { name: "Cần Thơ", type: "thành phố" },
    });
  });

  it("gives the 2025 code of a province in force, or of an old name's successor", () => {
    expect(ref.provinceCode("An Giang")).toBe("91");
    expect(ref.provinceCode("Kiên Giang")).toBe("91");
    expect(ref.provinceCode("Cần Thơ")).toBe("92");
    expect(ref.provinceCode("An Giag")).toBeUndefined();
  });
});

describe("unitsOf", () => {
  it("gives An Giang's dated 2023 list before 01/7/2025 and its 102 communes from then", () => {
    const before = ref.unitsOf("An Giang", LAST_DAY_OF_DISTRICTS);
    expect(before).toEqual(AN_GIANG_2023_UNITS);
    expect(before?.find((u) => u.name === "Tịnh Biên")).toMatchObject({
      type: "thị xã",
      from: "2023-04-10",
      formerTypes: ["huyện"],
    });
    const after = ref.unitsOf("An Giang", FIRST_DAY_OF_COMMUNES) ?? [];
    expect(after).toHaveLength(102);
    expect(after.map((u) => `${u.type} ${u.name}`)).toEqual(
      expect.arrayContaining(["đặc khu Phú Quốc", "phường Rạch Giá", "xã Tân Hiệp"])
    );
  });

  it("gives Kiên Giang its 15 districts of 01/3/2025 before, and An Giang's communes after", () => {
    const before = ref.unitsOf("Kiên Giang", BEFORE) ?? [];
    expect(before).toHaveLength(15);
    expect(before.find((u) => u.name === "Phú Quốc")?.type).toBe("thành phố");
    expect(ref.unitsOf("Kiên Giang", AFTER)).toEqual(ref.unitsOf("An Giang", AFTER));
  });

  it("finds tỉnh Thừa Thiên Huế's districts in the list of thành phố Huế", () => {
    const units = ref.unitsOf("Thừa Thiên Huế", "2024-06-15") ?? [];
    expect(units.length).toBeGreaterThan(0);
    expect(units.map((u) => u.name)).toContain("Phong Điền");
  });

  it("has no list for an unknown province, and 168 units at most", () => {
    expect(ref.unitsOf("An Giag", AFTER)).toBeUndefined();
    const sizes = ref.provincesOn(AFTER).map((p) => ref.unitsOf(p, AFTER)?.length ?? 0);
    expect(Math.max(...sizes)).toBe(168);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(3321);
  });

  it("hands out copies: changing one does not change the reference", () => {
    const mine = ref.unitsOf("An Giang", AFTER) ?? [];
    mine[0].name = "changed";
    mine[0].aliases.push("x");
    expect(ref.unitsOf("An Giang", AFTER)?.[0].name).not.toBe("changed");
    expect(ref.unitsOf("An Giang", AFTER)?.[0].aliases).toEqual([]);
  });

  it("dates the communes from 01/7/2025", () => {
    expect(ref.unitsOf("An Giang", AFTER)?.every((u) => u.from === FIRST_DAY_OF_COMMUNES)).toBe(
      true
    );
  });
});

describe("findUnit", () => {
  it("matches across tone-mark placement and Unicode forms, with or without the type word", () => {
    for (const text of [
      "xã Mỹ Hoà Hưng",
      "Mỹ Hòa Hưng",
      "Mỹ Hoà Hưng".normalize("NFD"),
      "X. Mỹ Hòa Hưng",
    ]) {
      expect(typed(ref.findUnit(text, "An Giang", AFTER))).toBe("xã Mỹ Hòa Hưng");
    }
    expect(ref.findUnit("Mỹ Hoà Hưng", "An Giang", AFTER)).toMatchObject({ exact: true });
  });

  it("matches a name typed without marks, flagged as not exact so a fix can be offered", () => {
    expect(ref.findUnit("Cho Moi", "An Giang", AFTER)).toMatchObject({
      kind: "ok",
      exact: false,
      unit: { name: "Chợ Mới", type: "xã" },
    });
  });

  it("keeps numbers: Hà Giang 1 is found, Hà Giang 3 is not", () => {
    expect(typed(ref.findUnit("phường Hà Giang 1", "Tuyên Quang", AFTER))).toBe(
      "phường Hà Giang 1"
    );
    expect(typed(ref.findUnit("Hà Giang 2", "Tuyên Quang", AFTER))).toBe("phường Hà Giang 2");
    expect(ref.findUnit("Hà Giang 3", "Tuyên Quang", AFTER).kind).toBe("unknown");
  });

  it("keeps Đồng Tháp's Tân Phước 1, 2 and 3 apart, and knows no Tân Phước 4", () => {
    expect(typed(ref.findUnit("xã Tân Phước 2", "Đồng Tháp", AFTER))).toBe("xã Tân Phước 2");
    expect(typed(ref.findUnit("Tân Phước 1", "Đồng Tháp", AFTER))).toBe("xã Tân Phước 1");
    const four = ref.findUnit("Tân Phước 4", "Đồng Tháp", AFTER);
    expect(four.kind).toBe("unknown");
    // Three names one edit away: a guess, so no suggestion rather than the wrong one.
    expect(four.kind === "unknown" && four.suggestion).toBeUndefined();
  });

  it("does not take one tone for another: Tân Thành and Tân Thạnh are two communes", () => {
    expect(typed(ref.findUnit("Tân Thạnh", "Tây Ninh", AFTER))).toBe("xã Tân Thạnh");
    expect(typed(ref.findUnit("Tân Thành", "Tây Ninh", AFTER))).toBe("xã Tân Thành");
    const loose = ref.findUnit("Tan Thanh", "Tây Ninh", AFTER);
    expect(loose.kind).toBe("ambiguous");
  });

  it("suggests the nearest unit for a typo", () => {
    expect(ref.findUnit("Mỹ Hòa Hưnq", "An Giang", AFTER)).toMatchObject({
      kind: "unknown",
      suggestion: { name: "Mỹ Hòa Hưng", type: "xã" },
    });
    expect(ref.findUnit("Zzzzzz", "An Giang", AFTER)).toEqual({ kind: "unknown", elsewhere: [] });
  });

  it("names the province a unit belongs to when it is not this one's", () => {
    expect(ref.findUnit("phường Ninh Kiều", "An Giang", AFTER)).toMatchObject({
      kind: "unknown",
      elsewhere: [{ province: { name: "Cần Thơ" }, unit: { name: "Ninh Kiều", type: "phường" } }],
    });
    // Before the reform Ninh Kiều was a quận of Cần Thơ: still Cần Thơ's, with the type of then.
    expect(ref.findUnit("Ninh Kiều", "An Giang", BEFORE)).toMatchObject({
      elsewhere: [{ province: { name: "Cần Thơ" }, unit: { type: "quận" } }],
    });
  });

  it("flags a type word that contradicts the list, giving the right type", () => {
    expect(ref.findUnit("phường Óc Eo", "An Giang", AFTER)).toMatchObject({
      kind: "wrongType",
      unit: { name: "Óc Eo", type: "xã" },
      writtenType: "phường",
      rightType: "xã",
    });
    expect(typed(ref.findUnit("xã Óc Eo", "An Giang", AFTER))).toBe("xã Óc Eo");
    expect(ref.findUnit("huyện Long Xuyên", "An Giang", BEFORE)).toMatchObject({
      kind: "wrongType",
      rightType: "thành phố",
    });
  });

  it("accepts huyện Tịnh Biên in 2023 (its former type), thị xã after 10/4/2023", () => {
    expect(typed(ref.findUnit("huyện Tịnh Biên", "An Giang", "2023-03-01"))).toBe(
      "thị xã Tịnh Biên"
    );
    expect(typed(ref.findUnit("TX Tịnh Biên", "An Giang", BEFORE))).toBe("thị xã Tịnh Biên");
  });

  it("offers the commune of the same name for a district written on a post-reform row", () => {
    expect(ref.findUnit("huyện Chợ Mới", "An Giang", FIRST_DAY_OF_COMMUNES)).toMatchObject({
      kind: "formerDistrict",
      writtenType: "huyện",
      unit: { name: "Chợ Mới", type: "xã" },
      district: { name: "Chợ Mới", type: "huyện" },
    });
    expect(ref.findUnit("thành phố Phú Quốc", "An Giang", AFTER)).toMatchObject({
      kind: "formerDistrict",
      unit: { name: "Phú Quốc", type: "đặc khu" },
    });
    expect(ref.findUnit("TP. Long Xuyên", "An Giang", AFTER)).toMatchObject({
      kind: "formerDistrict",
      unit: { name: "Long Xuyên", type: "phường" },
    });
  });

  it("keeps a district right on the last day of the district level", () => {
    expect(typed(ref.findUnit("huyện Chợ Mới", "An Giang", LAST_DAY_OF_DISTRICTS))).toBe(
      "huyện Chợ Mới"
    );
    expect(typed(ref.findUnit("thành phố Phú Quốc", "Kiên Giang", BEFORE))).toBe(
      "thành phố Phú Quốc"
    );
  });

  it("recognises a former district with no namesake commune, without offering one", () => {
    // Cần Thơ's quận Ô Môn became phường Ô Môn; its huyện Cờ Đỏ has a xã Cờ Đỏ. Pick one with none.
    const districts = ref.unitsOf("Hậu Giang", BEFORE) ?? [];
    const communes = new Set((ref.unitsOf("Cần Thơ", AFTER) ?? []).map((u) => u.name));
    const orphan = districts.find((u) => !communes.has(u.name));
    expect(orphan).toBeDefined();
    const found = ref.findUnit(`${orphan?.type} ${orphan?.name}`, "Cần Thơ", AFTER);
    expect(found).toMatchObject({ kind: "formerDistrict", district: { name: orphan?.name } });
    expect(found.kind === "formerDistrict" && found.unit).toBeUndefined();
  });

  it("reads a unit of Kiên Giang in 2024 against Kiên Giang's districts, not An Giang's", () => {
    expect(typed(ref.findUnit("huyện Tân Hiệp", "Kiên Giang", BEFORE))).toBe("huyện Tân Hiệp");
    expect(ref.findUnit("huyện Tân Hiệp", "An Giang", BEFORE).kind).toBe("unknown");
    expect(typed(ref.findUnit("xã Tân Hiệp", "An Giang", AFTER))).toBe("xã Tân Hiệp");
  });

  it("tells apart a thành phố and a huyện of one name by the type word (Đồng Tháp, 2024)", () => {
    expect(typed(ref.findUnit("huyện Cao Lãnh", "Đồng Tháp", BEFORE))).toBe("huyện Cao Lãnh");
    expect(typed(ref.findUnit("TP Cao Lãnh", "Đồng Tháp", BEFORE))).toBe("thành phố Cao Lãnh");
    expect(ref.findUnit("Cao Lãnh", "Đồng Tháp", BEFORE).kind).toBe("ambiguous");
  });

  it("reports an unknown province with the nearest names, never a silent pass", () => {
    expect(ref.findUnit("Chợ Mới", "An Giag", AFTER)).toEqual({
      kind: "unknownProvince",
      nearest: ["An Giang"],
    });
  });
});

describe("whereElse", () => {
  it("names the province that has a unit of that name on that date", () => {
    expect(ref.whereElse("Ninh Kiều", AFTER, "An Giang")).toMatchObject([
      {
        province: { name: "Cần Thơ", type: "thành phố" },
        unit: { name: "Ninh Kiều", type: "phường" },
      },
    ]);
    expect(ref.whereElse("quận Ninh Kiều", BEFORE)).toMatchObject([
      { province: { name: "Cần Thơ" }, unit: { name: "Ninh Kiều", type: "quận" } },
    ]);
  });

  it("leaves out the province itself, and finds nothing for a name nowhere", () => {
    expect(ref.whereElse("Ninh Kiều", AFTER, "TP Cần Thơ")).toEqual([]);
    expect(ref.whereElse("Zzzzzz", AFTER)).toEqual([]);
  });

  it("lists every province with a name that repeats, on the right date", () => {
    const after = ref.whereElse("Phú Quốc", AFTER).map((e) => e.province.name);
    expect(after).toEqual(["An Giang"]);
    const before = ref.whereElse("Phú Quốc", BEFORE).map((e) => e.province.name);
    expect(before).toEqual(["Kiên Giang"]);
    expect(ref.whereElse("Châu Thành", AFTER).length).toBeGreaterThan(3);
  });
});
