import {
  ACTIVITY_SHEETS,
  FAIRS,
  LISTS,
  PRODUCTS,
  TRACKING_SHEETS,
} from "../../../src/core/sheets/columns";
import { DATE_FORMAT, TEMPLATE_DATA_ROWS } from "../../../src/core/sheets/template";
import { columnIndex } from "../../../src/core/sheets/address";
import { PAYLOAD_LIMIT_BYTES } from "../../../src/workbook/excel/chunking";
import { checkWorkbook } from "../../../src/core/check";
import { defaultSettings } from "../../../src/core/settings";
import { getCell, type SheetState } from "./fakeExcel";
import { anExcel } from "./portFixture";
import { nationalReferenceOnce } from "../../builders";

const national = nationalReferenceOnce();

function formatAt(sheet: SheetState, row: number, letter: string): string {
  return sheet.formats[row - 1]?.[columnIndex(letter) - 1] ?? "General";
}

function letterOf(spec: typeof PRODUCTS, key: string): string {
  const i = spec.columns.findIndex((c) => c.key === key);
  return String.fromCharCode(65 + i);
}

describe("createTemplates", () => {
  it("creates the three tracking sheets and Danh mục with headers as tables, day-first dates, frozen header, widths and dropdowns", async () => {
    const { host, port } = anExcel();
    const result = await port.createTemplates();
    expect(result).toEqual({
      created: [
        "Hội chợ",
        "Sản phẩm trưng bày",
        "Sản phẩm OCOP",
        "Tập huấn",
        "Hội đồng",
        "Danh mục",
      ],
      kept: [],
    });
    expect(Math.max(...host.syncs.map((s) => s.request))).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    const products = host.sheet("Sản phẩm OCOP");
    expect(PRODUCTS.columns.map((_, c) => getCell(products, 1, c + 1))).toEqual(
      PRODUCTS.columns.map((c) => c.header)
    );
    expect(products.tables).toEqual([{ address: "A1:O1", hasHeaders: true }]);
    expect(products.frozenRows).toBe(1);
    const decision = letterOf(PRODUCTS, "decisionDate");
    expect(formatAt(products, 2, decision)).toBe(DATE_FORMAT);
    expect(formatAt(products, TEMPLATE_DATA_ROWS + 1, decision)).toBe(DATE_FORMAT);
    expect(formatAt(products, 1, decision)).toBe("General");
    expect(products.widths[1]).toBeGreaterThan(0);
    const district = letterOf(PRODUCTS, "district");
    const validation = products.validations.find((v) => v.address.startsWith(district));
    expect(validation?.rule).toEqual({
      list: { inCellDropDown: true, source: "='Danh mục'!$A$2:$A$12" },
    });
    const lists = host.sheet("Danh mục");
    expect(getCell(lists, 1, 1)).toBe(LISTS.columns[0].header);
    // The source of the district dropdown holds An Giang's 11 units (domain.md §3.1).
    expect(getCell(lists, 12, 1)).not.toBe("");
    expect(getCell(lists, 13, 1)).toBe("");
    expect(getCell(lists, 2, 7)).toBe(3);
  });

  it("puts each header table on its new sheet, not on the sheet the user has open", async () => {
    const { host, port } = anExcel();
    host.addSheet("Ghi chú", [["ghi chú của tôi"]]);
    host.activeSheet = "Ghi chú";
    await port.createTemplates();
    expect(host.sheet("Ghi chú").tables).toEqual([]);
    for (const name of ["Hội chợ", "Sản phẩm trưng bày", "Sản phẩm OCOP"])
      expect(host.sheet(name).tables).toHaveLength(1);
    expect(host.sheet("Sản phẩm OCOP").tables).toEqual([{ address: "A1:O1", hasHeaders: true }]);
  });

  it("reads back as a workbook the engine finds no error in", async () => {
    const { port } = anExcel();
    await port.createTemplates();
    const book = await port.readSheets();
    const result = checkWorkbook(book, defaultSettings(), {
      today: "2024-06-30",
      reference: national.current,
    });
    expect(result.typed.locations.products?.sheet).toBe(PRODUCTS.defaultName);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("keeps a sheet the user already has (by synonym), untouched and not renamed", async () => {
    const { host, port } = anExcel();
    const mine = host.addSheet("Hoi cho", [["Tên hội chợ"], ["Hội chợ OCOP Sóc Trăng"]]);
    const before = JSON.stringify(mine);
    const result = await port.createTemplates();
    expect(result.kept).toEqual(["Hoi cho"]);
    expect(result.created).not.toContain(FAIRS.defaultName);
    expect(JSON.stringify(host.sheet("Hoi cho"))).toBe(before);
  });

  it("points dropdowns at the user's own lists sheet, wherever its columns are", async () => {
    const { host, port } = anExcel();
    host.addSheet("Lists", [
      ["Ghi chú", "Hạng sao", "Huyện/thị xã/thành phố"],
      ["", 3, "Long Xuyên"],
      ["", 4, "Châu Đốc"],
    ]);
    await port.createTemplates();
    const exhibits = host.sheet("Sản phẩm trưng bày");
    const sources = exhibits.validations.map(
      (v) => (v.rule as { list: { source: string } }).list.source
    );
    expect(sources).toEqual(["=Lists!$C$2:$C$3", "=Lists!$B$2:$B$3"]);
  });

  it("does nothing when every sheet is there", async () => {
    const { host, port } = anExcel();
    for (const spec of [...TRACKING_SHEETS, ...ACTIVITY_SHEETS, LISTS])
      host.addSheet(spec.defaultName, [["x"]]);
    const before = host.snapshot();
    expect((await port.createTemplates()).created).toEqual([]);
    expect(host.snapshot()).toEqual(before);
  });

  it("on ExcelApi 1.1 still writes headers, tables and formats, without dropdowns or frozen panes", async () => {
    const { host, port } = anExcel(1);
    const result = await port.createTemplates();
    expect(result.created).toHaveLength(6);
    const fairs = host.sheet("Hội chợ");
    expect(fairs.tables).toHaveLength(1);
    expect(fairs.validations).toEqual([]);
    expect(fairs.frozenRows).toBe(0);
    expect(fairs.widths).toEqual({}); // column widths need ExcelApi 1.2
    expect(port.capabilities.missing.dataValidation).toBe("ExcelApi 1.8");
  });

  it("sets column widths from ExcelApi 1.2", async () => {
    const { host, port } = anExcel(2);
    await port.createTemplates();
    expect(host.sheet("Hội chợ").widths[1]).toBeGreaterThan(0);
  });

  it("deletes the sheets it created when its write fails part-way, so the next run builds them whole", async () => {
    const { host, port } = anExcel();
    host.addSheet("Ghi chú", [["của tôi"]]);
    const before = host.snapshot();
    // Sync 1 reads the settings, 2 the sheet names; Excel applies the first part of the write
    // (sheets added and half-formatted), then fails.
    let sheetsWhenFailed = 0;
    host.failAt = { sync: 3, afterOps: 100 };
    const failing = host.failAt;
    host.beforeSync = (n) => {
      if (n === failing.sync + 1) sheetsWhenFailed = host.sheets.length;
    };
    await expect(port.createTemplates()).rejects.toMatchObject({ code: "failed" });
    expect(sheetsWhenFailed).toBeGreaterThan(2);
    expect(host.snapshot()).toEqual(before);
    host.failAt = undefined;
    expect((await port.createTemplates()).created).toHaveLength(6);
  });

  it("refuses, writing nothing, when the workbook structure is protected", async () => {
    const { host, port } = anExcel();
    host.workbookProtected = true;
    const before = host.snapshot();
    await expect(port.createTemplates()).rejects.toMatchObject({ code: "protected" });
    expect(host.snapshot()).toEqual(before);
  });
});
