import {
  nearestProvinceNames,
  provinceByName,
  provinceOn,
} from "../../../src/core/reference/provinceLookup";

// These answer without the national reference loaded: the CLI's --province and the pane's picker.
describe("province look-ups without the unit data", () => {
  it("finds a province in force, and an old name's successor after 01/7/2025", () => {
    expect(provinceOn("tỉnh Kiên Giang", "2025-06-30")?.name).toBe("Kiên Giang");
    expect(provinceOn("tỉnh Kiên Giang", "2025-07-01")?.name).toBe("An Giang");
    expect(provinceOn("Hau Giang", "2026-01-01")).toMatchObject({
      name: "Cần Thơ",
      type: "thành phố",
    });
    expect(provinceOn("An Giag", "2026-01-01")).toBeUndefined();
  });

  it("says whether the name itself was in force", () => {
    expect(provinceByName("Hậu Giang", "2024-01-01")?.kind).toBe("ok");
    expect(provinceByName("Hậu Giang", "2026-01-01")?.kind).toBe("outdated");
    expect(provinceByName("An Giag", "2024-01-01")).toBeUndefined();
  });

  it("names the nearest provinces for a misspelt one, with or without a date", () => {
    expect(nearestProvinceNames("An Giag")).toEqual(["An Giang"]);
    expect(nearestProvinceNames("TP Can Tho", "2026-01-01")).toEqual(["Cần Thơ"]);
    expect(nearestProvinceNames("Ha Giag", "2024-01-01")).toEqual(["Hà Giang"]);
    expect(nearestProvinceNames("Ha Giag", "2026-01-01")).toEqual(["Tuyên Quang"]);
    expect(nearestProvinceNames("", "2026-01-01")).toEqual([]);
  });
});
