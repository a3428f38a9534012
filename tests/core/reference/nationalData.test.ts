import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { generateReferenceData } from "../../../scripts/reference/generate";
import type { NationalData } from "../../../src/core/reference/nationalReference";

const root = join(__dirname, "..", "..", "..");
const source = (name: string) => readFileSync(join(root, "scripts", "reference", name), "utf8");
const dataPath = join(root, "src", "core", "reference", "data", "national.json");
// A checkout that turned line ends into CRLF still holds the same data.
const checkedIn = readFileSync(dataPath, "utf8").replace(/\r\n/g, "\n");
const data = JSON.parse(checkedIn) as NationalData;

const unitsOfType = (entries: NationalData["provinces"], type: string) =>
  entries.flatMap((p) => p[3]).filter(([, t]) => data.unitTypes[t] === type).length;

describe("the national reference data", () => {
  it("is what `npm run reference` generates from scripts/reference (never hand-edited)", () => {
    const generated = generateReferenceData({
      provinces: source("tinh-2025-07-01.csv"),
      communes: source("don-vi-cap-xa-2025-07-01.csv"),
      districts: source("don-vi-cap-huyen-2025-03-01.csv"),
    });
    expect(checkedIn).toBe(generated);
  });

  it("holds the 34 provincial units of 01/7/2025 with their codes", () => {
    expect(data.provinces).toHaveLength(34);
    expect(data.provinces.filter((p) => p[2] === "thành phố").map((p) => p[1])).toEqual([
      "Hà Nội",
      "Hải Phòng",
      "Huế",
      "Đà Nẵng",
      "Hồ Chí Minh",
      "Cần Thơ",
    ]);
    expect(data.provinces.find((p) => p[1] === "An Giang")?.[0]).toBe("91");
  });

  it("holds 3,321 communes: 2,621 xã, 687 phường, 13 đặc khu", () => {
    expect(data.provinces.flatMap((p) => p[3])).toHaveLength(3321);
    expect(unitsOfType(data.provinces, "xã")).toBe(2621);
    expect(unitsOfType(data.provinces, "phường")).toBe(687);
    expect(unitsOfType(data.provinces, "đặc khu")).toBe(13);
  });

  it("holds the 696 district-level units of 01/3/2025 in the 63 provinces of that day", () => {
    expect(data.districts).toHaveLength(63);
    expect(data.districts.flatMap((p) => p[3])).toHaveLength(696);
    const kienGiang = data.districts.find((p) => p[1] === "Kiên Giang");
    expect(kienGiang?.[3]).toHaveLength(15);
    expect(kienGiang?.[3]).toContainEqual(["Phú Quốc", data.unitTypes.indexOf("thành phố")]);
  });

  it("gives the merged An Giang 102 units, the former Kiên Giang's among them", () => {
    const anGiang = data.provinces.find((p) => p[1] === "An Giang")?.[3] ?? [];
    const typed = anGiang.map(([name, t]) => `${data.unitTypes[t]} ${name}`);
    expect(typed).toHaveLength(102);
    expect(typed).toEqual(
      expect.arrayContaining([
        "đặc khu Phú Quốc",
        "phường Rạch Giá",
        "xã Tân Hiệp",
        "xã Mỹ Hòa Hưng",
        "phường Long Xuyên",
      ])
    );
    expect(typed).not.toContain("thành phố Phú Quốc");
  });

  it("has at most 168 units in one province (Hồ Chí Minh)", () => {
    const sizes = data.provinces.map((p) => [p[1], p[3].length] as const);
    const largest = sizes.reduce((a, b) => (b[1] > a[1] ? b : a));
    expect(largest).toEqual(["Hồ Chí Minh", 168]);
  });

  it("stays small: well under 40 KiB once gzipped", () => {
    expect(gzipSync(checkedIn).length).toBeLessThan(40 * 1024);
  });
});

describe("generateReferenceData", () => {
  const provinces = "ma_tinh,ten,loai\n91,An Giang,tỉnh\n";
  const districts =
    "ma_tinh,tinh,loai_tinh,ma_huyen,ten,loai\n89,An Giang,tỉnh,893,Chợ Mới,huyện\n";

  it("refuses a commune whose province is not in the provincial list", () => {
    const communes = "ma_tinh,tinh,ma_xa,ten,loai\n92,Cần Thơ,31117,Ninh Kiều,phường\n";
    expect(() => generateReferenceData({ provinces, communes, districts })).toThrow(/92/);
  });

  it("refuses a type it does not know rather than guessing", () => {
    const communes = "ma_tinh,tinh,ma_xa,ten,loai\n91,An Giang,30280,Mỹ Hòa Hưng,thị trấn\n";
    expect(() => generateReferenceData({ provinces, communes, districts })).toThrow(/thị trấn/);
  });

  it("refuses quoted or misshapen CSV", () => {
    const communes = 'ma_tinh,tinh,ma_xa,ten,loai\n91,An Giang,30280,"Mỹ Hòa, Hưng",xã\n';
    expect(() => generateReferenceData({ provinces, communes, districts })).toThrow(/line 2/);
  });

  it("writes names in NFC whatever form the source used", () => {
    const nfd = "Mỹ Hòa Hưng".normalize("NFD");
    const communes = `ma_tinh,tinh,ma_xa,ten,loai\n91,An Giang,30280,${nfd},xã\n`;
    const out = JSON.parse(
      generateReferenceData({ provinces, communes, districts })
    ) as NationalData;
    expect(out.provinces[0][3]).toEqual([["Mỹ Hòa Hưng".normalize("NFC"), 0]]);
  });
});
