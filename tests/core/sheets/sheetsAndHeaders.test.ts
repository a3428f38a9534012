import { defaultSettings } from "../../../src/core/settings";
import { FAIRS, PRODUCTS } from "../../../src/core/sheets/columns";
import { findHeader } from "../../../src/core/sheets/findHeader";
import { identifySheets } from "../../../src/core/sheets/identifySheets";
import { readWorkbook } from "../../../src/core/sheets/readWorkbook";
import type { CellValue, RawSheet } from "../../../src/core/sheets/rawSheet";
import { aFair, aGrid, anExhibit, aProduct, aWorkbook, excelSerial } from "../../builders";
import { nationalReferenceOnce } from "../../builders";

const national = nationalReferenceOnce();

const TODAY = "2026-11-28";

describe("finding sheets", () => {
  it("finds sheets by any name synonym, without diacritics or case", () => {
    const found = identifySheets([
      aGrid("fairs", [aFair()], { name: "HOI CHO" }),
      aGrid("exhibits", [anExhibit()], { name: "sptb" }),
      aGrid("products", [aProduct()], { name: "Phan hang" }),
    ]);
    expect(found.get("fairs")?.sheet.name).toBe("HOI CHO");
    expect(found.get("exhibits")?.sheet.name).toBe("sptb");
    expect(found.get("products")?.sheet.name).toBe("Phan hang");
  });

  it("falls back to the header, telling exhibits from ranked products by the better match", () => {
    const found = identifySheets([
      aGrid("products", [aProduct()], { name: "Sheet3" }),
      aGrid("exhibits", [anExhibit()], { name: "Sheet2" }),
      aGrid("fairs", [aFair()], { name: "Sheet1" }),
    ]);
    expect(found.get("fairs")?.sheet.name).toBe("Sheet1");
    expect(found.get("exhibits")?.sheet.name).toBe("Sheet2");
    expect(found.get("products")?.sheet.name).toBe("Sheet3");
  });

  it("does not take a sheet that names fewer than two required columns", () => {
    const notes: RawSheet = {
      name: "Ghi chú",
      origin: "A1",
      values: [
        ["Tên sản phẩm", "Ghi chú"],
        ["Bánh pía", "x"],
      ],
    };
    expect(identifySheets([notes]).size).toBe(0);
  });
});

describe("finding the header row", () => {
  const title: CellValue[][] = [["BIỂU TỔNG HỢP"], [""], ["Kèm theo Báo cáo số 12/BC-SCT"]];

  it("finds it under title rows, in any column order, ignoring unknown columns", () => {
    const grid = aGrid("fairs", [aFair()], {
      titleRows: title,
      columns: ["endDate", "fairCode", "startDate", "name", "province"],
      extraColumns: ["Người liên hệ"],
    });
    const header = findHeader(grid.values, FAIRS);
    expect(header?.headerIndex).toBe(3);
    expect([...(header?.columns ?? [])]).toEqual([
      ["endDate", 0],
      ["fairCode", 1],
      ["startDate", 2],
      ["name", 3],
      ["province", 4],
    ]);
  });

  it("looks no further than the first 20 rows", () => {
    const deep = aGrid("fairs", [aFair()], { titleRows: Array.from({ length: 20 }, () => ["…"]) });
    expect(findHeader(deep.values, FAIRS)).toBeUndefined();
    const shallow = aGrid("fairs", [aFair()], {
      titleRows: Array.from({ length: 19 }, () => ["…"]),
    });
    expect(findHeader(shallow.values, FAIRS)?.headerIndex).toBe(19);
  });

  it("joins a two-row merged header as 'parent child'", () => {
    const grid = aGrid("products", [aProduct()], {
      twoRowHeader: { "Quyết định công nhận": { decisionNo: "Số", decisionDate: "Ngày" } },
    });
    const header = findHeader(grid.values, PRODUCTS);
    expect(header).toMatchObject({ headerIndex: 1, rowSpan: 2 });
    expect(header?.columns.get("decisionNo")).toBe(10);
    expect(header?.columns.get("decisionDate")).toBe(11);
    expect(header?.columns.get("product")).toBe(2);
  });

  it("reads headers with notes in brackets and lets a template header win over a synonym", () => {
    const grid = aGrid("products", [aProduct()], {
      headers: { score: "Điểm (thang 100)", product: "Tên sản phẩm (*)" },
      extraColumns: ["Ghi chú"],
    });
    const header = findHeader(grid.values, PRODUCTS);
    expect(header?.columns.get("score")).toBe(8);
    expect(header?.columns.get("product")).toBe(2);
    // "Ghi chú" is a synonym of status, but "Tình trạng" is status's own header.
    expect(header?.columns.get("status")).toBe(14);
  });
});

describe("typed rows", () => {
  it("holds canonical names, ISO dates and an exhibit's count of 1 when empty", () => {
    const { typed } = readWorkbook(
      aWorkbook({
        fairs: [
          aFair({
            province: "tp. hà nội",
            startDate: excelSerial("2023-12-01"),
            endDate: "05.12.2023",
          }),
        ],
        exhibits: [
          anExhibit({ district: "thành phố Long Xuyên", category: "cnnttb", stars: "", count: "" }),
        ],
        products: [
          aProduct({
            producerType: "Công ty TNHH Thốt Nốt",
            stars: "★★★",
            score: 60,
            level: "Cấp huyện",
          }),
        ],
      }),
      defaultSettings(),
      { today: TODAY, reference: national.current }
    );
    expect(typed.fairs[0]).toMatchObject({
      province: "Hà Nội",
      startDate: "2023-12-01",
      endDate: "2023-12-05",
    });
    expect(typed.exhibits[0]).toMatchObject({
      district: "Long Xuyên",
      category: "CNNTTB",
      count: 1,
    });
    expect(typed.exhibits[0].stars).toBeUndefined();
    expect(typed.products[0]).toMatchObject({
      producerType: "Doanh nghiệp",
      stars: 3,
      level: "huyện",
      group: 1,
      productSet: 4,
    });
  });

  it("reads serials of a 1904 workbook", () => {
    const raw = aWorkbook({
      fairs: [
        aFair({
          startDate: excelSerial("2023-09-14", true),
          endDate: excelSerial("2023-09-18", true),
        }),
      ],
      date1904: true,
    });
    const { typed } = readWorkbook(raw, defaultSettings(), {
      today: TODAY,
      reference: national.current,
    });
    expect(typed.fairs[0]).toMatchObject({ startDate: "2023-09-14", endDate: "2023-09-18" });
  });

  it("shows a date-formatted number in a text column as the date the user sees", () => {
    const raw = aWorkbook({
      fairs: aGrid("fairs", [aFair({ note: excelSerial("2023-09-20") })], {
        numberFormats: { note: "dd/mm/yyyy" },
      }),
    });
    expect(
      readWorkbook(raw, defaultSettings(), { today: TODAY, reference: national.current }).typed
        .fairs[0].note
    ).toBe("20/09/2023");
  });

  it("skips empty rows and keeps each row's Excel number", () => {
    const raw = aWorkbook({
      fairs: [aFair(), {}, { fairCode: "  " }, aFair({ fairCode: "HC02" })],
    });
    const { typed, findings } = readWorkbook(raw, defaultSettings(), {
      today: TODAY,
      reference: national.current,
    });
    expect(typed.fairs.map((f) => f.row)).toEqual([2, 5]);
    expect(findings.filter((f) => f.code.startsWith("fairs."))).toEqual([]);
  });

  it("skips a totals line under the table", () => {
    const raw = aWorkbook({
      products: [
        aProduct(),
        { seq: "Tổng cộng", score: 75 },
        { seq: "Cộng:", product: "01 sản phẩm" },
      ],
    });
    const { typed, findings } = readWorkbook(raw, defaultSettings(), {
      today: TODAY,
      reference: national.current,
    });
    expect(typed.products.map((p) => p.row)).toEqual([2]);
    expect(
      findings.filter((f) => f.code.startsWith("products.") && f.severity === "error")
    ).toEqual([]);
    // A product whose name merely starts with the same letters is a record.
    const named = aWorkbook({
      products: [aProduct({ seq: "", productCode: "", product: "Tổng hợp rau củ" })],
    });
    expect(
      readWorkbook(named, defaultSettings(), { today: TODAY, reference: national.current }).typed
        .products
    ).toHaveLength(1);
  });

  it("counts rows from a grid's origin when the used range starts further in", () => {
    const grid = aGrid("fairs", [aFair({ startDate: "x" })]);
    const raw = aWorkbook({ fairs: { ...grid, origin: "C4" } });
    const { typed, findings } = readWorkbook(raw, defaultSettings(), {
      today: TODAY,
      reference: national.current,
    });
    expect(typed.locations.fairs).toMatchObject({
      headerRow: 4,
      columns: { fairCode: "C", startDate: "F" },
    });
    expect(findings.find((f) => f.code === "fairs.startDate.invalid")).toMatchObject({
      row: 5,
      column: "F",
    });
  });
});

describe("units", () => {
  const communes = aGrid("lists", [
    { districts: "xã Mỹ Hòa Hưng" },
    { districts: "phường Long Xuyên" },
  ]);

  it("takes the province's units from the lists sheet when it names them (communes after 2025)", () => {
    const raw = aWorkbook({
      exhibits: [
        anExhibit({ district: "Mỹ Hòa Hưng" }),
        anExhibit({ district: "P. Long Xuyên" }),
        anExhibit({ district: "Chợ Mới" }),
      ],
      lists: communes,
    });
    const { typed, findings } = readWorkbook(raw, defaultSettings(), {
      today: TODAY,
      reference: national.current,
    });
    expect(typed.exhibits.map((e) => e.district)).toEqual(["Mỹ Hòa Hưng", "Long Xuyên", undefined]);
    expect(
      findings.filter((f) => f.code === "exhibits.district.unknown").map((f) => f.row)
    ).toEqual([4]);
    expect(typed.locations.lists?.sheet).toBe("Danh mục");
  });

  it("reads a lists sheet that holds only a commune column", () => {
    const raw = aWorkbook({
      exhibits: [anExhibit({ district: "Mỹ Hòa Hưng" }), anExhibit({ district: "Chợ Mới" })],
    });
    raw.sheets.push({
      name: "Danh mục",
      origin: "A1",
      values: [["Xã/phường"], ["xã Mỹ Hòa Hưng"], ["phường Long Xuyên"]],
    });
    const { typed, findings } = readWorkbook(raw, defaultSettings(), {
      today: TODAY,
      reference: national.current,
    });
    expect(typed.exhibits.map((e) => e.district)).toEqual(["Mỹ Hòa Hưng", undefined]);
    expect(
      findings.filter((f) => f.code === "exhibits.district.unknown").map((f) => f.row)
    ).toEqual([3]);
  });

  it("prefers units set in the settings, and checks no district when none are known", () => {
    const settings = {
      ...defaultSettings(),
      units: [{ name: "Chợ Mới", type: "huyện", aliases: [], formerTypes: [] }],
    };
    const raw = aWorkbook({
      exhibits: [anExhibit({ district: "Chợ Mới" }), anExhibit({ district: "Mỹ Hòa Hưng" })],
      lists: communes,
    });
    const unknown = (s: typeof settings) =>
      readWorkbook(raw, s, { today: TODAY, reference: national.current })
        .findings.filter((f) => f.code === "exhibits.district.unknown")
        .map((f) => f.row);
    expect(unknown(settings)).toEqual([3]);
    const elsewhere = { ...defaultSettings(), province: "Đồng Tháp" };
    const noLists = aWorkbook({ exhibits: [anExhibit({ district: "Cao Lãnh" })] });
    const read = readWorkbook(noLists, elsewhere, { today: TODAY, reference: national.current });
    expect(read.findings.filter((f) => f.code === "exhibits.district.unknown")).toEqual([]);
    expect(read.typed.exhibits[0].district).toBe("Cao Lãnh");
  });
});
