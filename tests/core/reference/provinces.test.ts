import {
  allProvinceNames,
  provinceInRunningText,
  provincesInForce,
  resolveProvince,
  type ProvinceMatch,
} from "../../../src/core/reference/provinces";

const IN_2023 = "2023-09-15";
const IN_2026 = "2026-03-01";

function nameOf(match: ProvinceMatch): string | undefined {
  return match.kind === "unknown" ? undefined : match.province.name;
}

// domain.md §3.2, merges of NQ 202/2025/QH15 (new ← old).
const MERGES: [string, string[]][] = [
  ["Tuyên Quang", ["Tuyên Quang", "Hà Giang"]],
  ["Lào Cai", ["Lào Cai", "Yên Bái"]],
  ["Thái Nguyên", ["Thái Nguyên", "Bắc Kạn"]],
  ["Phú Thọ", ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"]],
  ["Bắc Ninh", ["Bắc Ninh", "Bắc Giang"]],
  ["Hưng Yên", ["Hưng Yên", "Thái Bình"]],
  ["Hải Phòng", ["Hải Phòng", "Hải Dương"]],
  ["Ninh Bình", ["Ninh Bình", "Hà Nam", "Nam Định"]],
  ["Quảng Trị", ["Quảng Trị", "Quảng Bình"]],
  ["Đà Nẵng", ["Đà Nẵng", "Quảng Nam"]],
  ["Đồng Tháp", ["Đồng Tháp", "Tiền Giang"]],
  ["An Giang", ["An Giang", "Kiên Giang"]],
  ["Quảng Ngãi", ["Quảng Ngãi", "Kon Tum"]],
  ["Gia Lai", ["Gia Lai", "Bình Định"]],
  ["Khánh Hòa", ["Khánh Hòa", "Ninh Thuận"]],
  ["Lâm Đồng", ["Lâm Đồng", "Đắk Nông", "Bình Thuận"]],
  ["Đắk Lắk", ["Đắk Lắk", "Phú Yên"]],
  ["Hồ Chí Minh", ["Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"]],
  ["Đồng Nai", ["Đồng Nai", "Bình Phước"]],
  ["Tây Ninh", ["Tây Ninh", "Long An"]],
  ["Cần Thơ", ["Cần Thơ", "Sóc Trăng", "Hậu Giang"]],
  ["Vĩnh Long", ["Vĩnh Long", "Bến Tre", "Trà Vinh"]],
  ["Cà Mau", ["Cà Mau", "Bạc Liêu"]],
];
const UNCHANGED = [
  "Hà Nội",
  "Cao Bằng",
  "Điện Biên",
  "Hà Tĩnh",
  "Lai Châu",
  "Lạng Sơn",
  "Nghệ An",
  "Quảng Ninh",
  "Thanh Hóa",
  "Sơn La",
];

describe("provinces in force", () => {
  it("lists 63 provincial units until 30/6/2025 and 34 from 01/7/2025", () => {
    expect(provincesInForce("2023-01-01")).toHaveLength(63);
    expect(provincesInForce("2025-06-30")).toHaveLength(63);
    expect(provincesInForce("2025-07-01")).toHaveLength(34);
    expect(provincesInForce(IN_2026)).toHaveLength(34);
  });

  it("keeps after 2025 exactly the merged-into and unchanged units of domain.md §3.2", () => {
    const after = provincesInForce(IN_2026).map((p) => p.name);
    expect(new Set(after)).toEqual(new Set([...MERGES.map(([n]) => n), ...UNCHANGED, "Huế"]));
  });

  it("had before 2025 every name the merges absorbed, and Thừa Thiên Huế", () => {
    const before = new Set(provincesInForce(IN_2023).map((p) => p.name));
    for (const [, olds] of MERGES) for (const old of olds) expect(before).toContain(old);
    for (const name of UNCHANGED) expect(before).toContain(name);
    expect(before).toContain("Thừa Thiên Huế");
  });

  it("makes the centrally-run cities thành phố and the rest tỉnh", () => {
    const cities = (date: string) =>
      provincesInForce(date)
        .filter((p) => p.type === "thành phố")
        .map((p) => p.name)
        .sort();
    expect(cities(IN_2023)).toEqual(
      ["Cần Thơ", "Đà Nẵng", "Hà Nội", "Hải Phòng", "Hồ Chí Minh"].sort()
    );
    expect(cities(IN_2026)).toEqual(
      ["Cần Thơ", "Đà Nẵng", "Hà Nội", "Hải Phòng", "Hồ Chí Minh", "Huế"].sort()
    );
  });

  it("names every canonical name of both eras once", () => {
    const names = allProvinceNames();
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining(["Hậu Giang", "Cần Thơ", "Thừa Thiên Huế", "Huế"])
    );
    expect(names).toHaveLength(64);
  });
});

describe("resolving a province by date", () => {
  it("accepts Hậu Giang in 2023 and points to Cần Thơ in 2026", () => {
    expect(resolveProvince("Hậu Giang", IN_2023)).toMatchObject({ kind: "ok" });
    const later = resolveProvince("Hậu Giang", IN_2026);
    expect(later.kind).toBe("outdated");
    if (later.kind !== "outdated") return;
    expect(later.successor.name).toBe("Cần Thơ");
    expect(provinceInRunningText(later.successor)).toBe("thành phố Cần Thơ");
    // The suggested fix is that running-text form: it must read back as the successor.
    expect(resolveProvince("thành phố Cần Thơ", IN_2026)).toMatchObject({
      kind: "ok",
      province: { name: "Cần Thơ" },
    });
  });

  it("points every absorbed province to its successor after 01/7/2025", () => {
    for (const [successor, olds] of MERGES) {
      for (const old of olds) {
        const match = resolveProvince(old, "2025-07-01");
        if (old === successor) expect(match).toMatchObject({ kind: "ok" });
        else expect(match).toMatchObject({ kind: "outdated", successor: { name: successor } });
      }
    }
  });

  it("treats Huế and Thừa Thiên Huế by their dates", () => {
    expect(nameOf(resolveProvince("Huế", IN_2023))).toBe("Thừa Thiên Huế");
    expect(resolveProvince("Thừa Thiên Huế", IN_2023)).toMatchObject({ kind: "ok" });
    expect(resolveProvince("Thừa Thiên Huế", IN_2026)).toMatchObject({
      kind: "outdated",
      successor: { name: "Huế", type: "thành phố" },
    });
    expect(resolveProvince("TP Huế", IN_2026)).toMatchObject({
      kind: "ok",
      province: { name: "Huế" },
    });
  });

  it.each([
    ["tỉnh Sóc Trăng", "Sóc Trăng"],
    ["TP. Hà Nội", "Hà Nội"],
    ["Tp HCM", "Hồ Chí Minh"],
    ["TPHCM", "Hồ Chí Minh"],
    ["Ha Noi", "Hà Nội"],
    ["TP Hồ Chí Minh", "Hồ Chí Minh"],
    ["Thành phố Cần Thơ", "Cần Thơ"],
    ["BR-VT", "Bà Rịa - Vũng Tàu"],
    ["Soc Trang", "Sóc Trăng"],
    ["  SÓC   TRĂNG ", "Sóc Trăng"],
    ["Khánh Hoà", "Khánh Hòa"],
    ["Can Tho city", "Cần Thơ"],
  ])("reads %p as %s in 2023", (text, name) => {
    expect(resolveProvince(text, IN_2023)).toMatchObject({ kind: "ok", province: { name } });
  });

  it("suggests the nearest name for a near miss, with the cell's prefix", () => {
    expect(resolveProvince("Soc Trăn", IN_2023)).toEqual({
      kind: "unknown",
      suggestion: "Sóc Trăng",
    });
    expect(resolveProvince("tỉnh Sóc Trănh", IN_2023)).toEqual({
      kind: "unknown",
      suggestion: "tỉnh Sóc Trăng",
    });
    expect(resolveProvince("Hậu Giangg", IN_2026)).toEqual({
      kind: "unknown",
      suggestion: "Cần Thơ",
    });
  });

  it("suggests nothing for a place that is not a province, and never throws", () => {
    expect(resolveProvince("Paris", IN_2023)).toEqual({ kind: "unknown" });
    expect(resolveProvince("", IN_2023)).toEqual({ kind: "unknown" });
    expect(resolveProvince("###", "not a date")).toEqual({ kind: "unknown" });
  });
});

describe("provinces in running text", () => {
  it("prefixes a province with tỉnh and a city with thành phố", () => {
    const ok = (text: string) => {
      const match = resolveProvince(text, IN_2023);
      if (match.kind !== "ok") throw new Error(`${text} did not resolve`);
      return provinceInRunningText(match.province);
    };
    expect(ok("Sóc Trăng")).toBe("tỉnh Sóc Trăng");
    expect(ok("Hà Nội")).toBe("thành phố Hà Nội");
  });
});
