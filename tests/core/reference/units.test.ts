import type { Unit } from "../../../src/core/settings";
import {
  AN_GIANG_2023_UNITS,
  defaultUnits,
  resolveUnit,
  unitInRunningText,
  splitUnitType,
} from "../../../src/core/reference/units";

const IN_2023 = "2023-09-15";

function resolvedName(text: string, units: readonly Unit[] = AN_GIANG_2023_UNITS, date = IN_2023) {
  const match = resolveUnit(text, units, date);
  return match.kind === "ok" ? match.unit.name : undefined;
}

function aUnit(over: Partial<Unit> & { name: string }): Unit {
  return { type: "xã", aliases: [], formerTypes: [], ...over };
}

describe("An Giang's 2023 units", () => {
  it("holds the 11 units of domain.md §3.1 with their types", () => {
    const byType = (type: string) =>
      AN_GIANG_2023_UNITS.filter((u) => u.type === type)
        .map((u) => u.name)
        .sort();
    expect(AN_GIANG_2023_UNITS).toHaveLength(11);
    expect(byType("thành phố")).toEqual(["Châu Đốc", "Long Xuyên"].sort());
    expect(byType("thị xã")).toEqual(["Tân Châu", "Tịnh Biên"].sort());
    expect(byType("huyện")).toHaveLength(7);
  });

  it("makes Tịnh Biên a thị xã from 10/4/2023, a huyện before", () => {
    const tinhBien = AN_GIANG_2023_UNITS.find((u) => u.name === "Tịnh Biên");
    expect(tinhBien).toMatchObject({ type: "thị xã", from: "2023-04-10", formerTypes: ["huyện"] });
  });

  it("is the default for An Giang only, as a copy the caller may change", () => {
    const units = defaultUnits("An Giang");
    expect(units?.map((u) => u.name)).toEqual(AN_GIANG_2023_UNITS.map((u) => u.name));
    expect(defaultUnits("tỉnh An Giang")).toHaveLength(11);
    units?.[0].aliases.push("LX");
    expect(AN_GIANG_2023_UNITS[0].aliases).toEqual([]);
    expect(defaultUnits("Sóc Trăng")).toBeUndefined();
  });
});

describe("resolving a unit", () => {
  it.each([
    ["Chợ Mới", "Chợ Mới"],
    ["huyện Chợ Mới", "Chợ Mới"],
    ["H. Chợ Mới", "Chợ Mới"],
    ["Cho Moi", "Chợ Mới"],
    ["TP Long Xuyên", "Long Xuyên"],
    ["TP. Long Xuyên", "Long Xuyên"],
    ["thành phố Long Xuyên", "Long Xuyên"],
    ["Long Xuyen city", "Long Xuyên"],
    ["TX. Tịnh Biên", "Tịnh Biên"],
    ["thị xã Tân Châu", "Tân Châu"],
    ["huyện Tịnh Biên", "Tịnh Biên"],
    ["Chọ Mới", "Chợ Mới"],
    ["  CHÂU  PHÚ ", "Châu Phú"],
  ])("reads %p as %s", (text, name) => {
    expect(resolvedName(text)).toBe(name);
  });

  it("still reads a unit behind the wrong type word", () => {
    expect(resolvedName("huyện Long Xuyên")).toBe("Long Xuyên");
    expect(resolvedName("thị xã Chợ Mới")).toBe("Chợ Mới");
  });

  it("reads Tịnh Biên as a huyện before its change", () => {
    expect(resolvedName("huyện Tịnh Biên", AN_GIANG_2023_UNITS, "2023-01-15")).toBe("Tịnh Biên");
  });

  it("suggests the nearest unit for a near miss", () => {
    expect(resolveUnit("Chợ Mớ", AN_GIANG_2023_UNITS)).toEqual({
      kind: "unknown",
      suggestion: "Chợ Mới",
    });
    expect(resolveUnit("TP Long Xuyênn", AN_GIANG_2023_UNITS)).toEqual({
      kind: "unknown",
      suggestion: "Long Xuyên",
    });
  });

  it("suggests nothing for a place outside the province, and never throws", () => {
    expect(resolveUnit("Hà Nội", AN_GIANG_2023_UNITS)).toEqual({ kind: "unknown" });
    expect(resolveUnit("", AN_GIANG_2023_UNITS)).toEqual({ kind: "unknown" });
    expect(resolveUnit("huyện", [])).toEqual({ kind: "unknown" });
  });

  it("reads communes and wards, with their prefixes and aliases", () => {
    const communes = [
      aUnit({ name: "Mỹ Hòa Hưng" }),
      aUnit({ name: "Long Xuyên", type: "phường" }),
      aUnit({ name: "Phú Quốc", type: "đặc khu", aliases: ["Đảo Phú Quốc"] }),
    ];
    expect(resolvedName("xã Mỹ Hòa Hưng", communes, "2025-08-01")).toBe("Mỹ Hòa Hưng");
    expect(resolvedName("P. Long Xuyên", communes, "2025-08-01")).toBe("Long Xuyên");
    expect(resolvedName("dao Phu Quoc", communes, "2025-08-01")).toBe("Phú Quốc");
  });

  it("does not read a unit created after the sheet's date", () => {
    const units = [aUnit({ name: "Mỹ Thới", type: "phường", from: "2025-07-01" })];
    expect(resolvedName("Mỹ Thới", units, "2024-05-01")).toBeUndefined();
    expect(resolvedName("Mỹ Thới", units, "2025-07-01")).toBe("Mỹ Thới");
  });
});

describe("units in running text", () => {
  it("puts the type in lower case before the name", () => {
    const byName = (n: string) => AN_GIANG_2023_UNITS.find((u) => u.name === n) as Unit;
    expect(unitInRunningText(byName("Chợ Mới"))).toBe("huyện Chợ Mới");
    expect(unitInRunningText(byName("Tịnh Biên"))).toBe("thị xã Tịnh Biên");
    expect(unitInRunningText(byName("Long Xuyên"))).toBe("thành phố Long Xuyên");
  });
});

describe("splitUnitType", () => {
  it.each([
    ["TP. Long Xuyên", "thành phố", "Long Xuyên"],
    ["thành phố Long Xuyên", "thành phố", "Long Xuyên"],
    ["H.Chợ Mới", "huyện", "Chợ Mới"],
    ["TX Tịnh Biên", "thị xã", "Tịnh Biên"],
    ["xã  Mỹ Hòa Hưng", "xã", "Mỹ Hòa Hưng"],
    ["Phường Mỹ Bình", "phường", "Mỹ Bình"],
  ])("reads %s as %s + %s", (text, type, name) => {
    expect(splitUnitType(text)).toEqual({ type, name });
  });

  it("keeps a name without a type word whole, even one starting like an abbreviation", () => {
    expect(splitUnitType("Cho Moi")).toEqual({ name: "Cho Moi" });
    expect(splitUnitType("Phú Tân")).toEqual({ name: "Phú Tân" });
  });
});

describe("a unit's type on a date", () => {
  const tinhBien = AN_GIANG_2023_UNITS.find((u) => u.name === "Tịnh Biên")!;
  it("reads huyện Tịnh Biên before 10/4/2023 and thị xã Tịnh Biên from then", () => {
    expect(unitInRunningText(tinhBien, "2023-04-09")).toBe("huyện Tịnh Biên");
    expect(unitInRunningText(tinhBien, "2023-04-10")).toBe("thị xã Tịnh Biên");
    expect(unitInRunningText(tinhBien)).toBe("thị xã Tịnh Biên");
  });
});
