import {
  ACTIVITY_SHEETS,
  LISTS,
  PRODUCTS,
  TRACKING_SHEETS,
} from "../../../src/core/sheets/columns";
import { checkWorkbook } from "../../../src/core/check";
import { defaultSettings } from "../../../src/core/settings";
import { COMMUNE_HEADER, UNITS_SHEET } from "../../../src/core/sheets/template";
import { getCell, type SheetState } from "./fakeExcel";
import { anExcel } from "./portFixture";
import { nationalReferenceOnce } from "../../builders/reference";

const ref = nationalReferenceOnce();

// The Excel door's template for a date after 01/7/2025: the province's communes on a hidden sheet.
const AFTER_REFORM = { today: () => "2026-03-10" };

function districtSource(sheet: SheetState): string | undefined {
  const letter = String.fromCharCode(65 + PRODUCTS.columns.findIndex((c) => c.key === "district"));
  const v = sheet.validations.find((x) => x.address.startsWith(`${letter}2`));
  return (v?.rule as { list: { source: string } } | undefined)?.list.source;
}

function column(sheet: SheetState): unknown[] {
  return sheet.values.slice(1).map((row) => row[0]);
}

describe("createTemplates after 01/7/2025", () => {
  it("adds a hidden sheet of An Giang's 102 communes and points the unit dropdown at it", async () => {
    const { host, port } = anExcel(11, AFTER_REFORM);
    const result = await port.createTemplates();
    expect(result.created).toEqual([
      ...TRACKING_SHEETS.map((s) => s.defaultName),
      ...ACTIVITY_SHEETS.map((s) => s.defaultName),
      LISTS.defaultName,
      UNITS_SHEET,
    ]);
    const units = host.sheet(UNITS_SHEET);
    expect(units.visibility).toBe("Hidden");
    expect(getCell(units, 1, 1)).toBe(COMMUNE_HEADER);
    expect(column(units)).toHaveLength(102);
    expect(column(units)).toEqual(expect.arrayContaining(["đặc khu Phú Quốc", "phường Rạch Giá"]));
    expect(units.tables).toEqual([]);
    expect(units.validations).toEqual([]);
    const products = host.sheet(PRODUCTS.defaultName);
    expect(districtSource(products)).toBe(`='${UNITS_SHEET}'!$A$2:$A$103`);
    const header = PRODUCTS.columns.findIndex((c) => c.key === "district") + 1;
    expect(getCell(products, 1, header)).toBe(COMMUNE_HEADER);
    // The 2023 districts stay out of a 2026 Danh mục.
    expect(getCell(host.sheet(LISTS.defaultName), 2, 1) ?? "").toBe("");
    // Tracking sheets stay visible.
    expect(products.visibility).toBeUndefined();
  });

  it("offers the largest province's 168 units (Thành phố Hồ Chí Minh)", async () => {
    const { host, port } = anExcel(11, AFTER_REFORM);
    await port.saveSettings({ ...defaultSettings(), province: "Hồ Chí Minh" });
    await port.createTemplates();
    expect(column(host.sheet(UNITS_SHEET))).toHaveLength(168);
    expect(districtSource(host.sheet(PRODUCTS.defaultName))).toBe(`='${UNITS_SHEET}'!$A$2:$A$169`);
  });

  it("keeps the user's own unit list over the hidden sheet, and the hidden sheet for the rest", async () => {
    const { host, port } = anExcel(11, AFTER_REFORM);
    host.addSheet("Lists", [
      ["Xã/phường", "Hạng sao"],
      ["xã Tân Hiệp", 3],
    ]);
    await port.createTemplates();
    expect(districtSource(host.sheet(PRODUCTS.defaultName))).toBe("=Lists!$A$2:$A$2");

    const other = anExcel(11, AFTER_REFORM);
    other.host.addSheet("Lists", [["Hạng sao"], [3]]);
    await other.port.createTemplates();
    expect(districtSource(other.host.sheet(PRODUCTS.defaultName))).toBe(
      `='${UNITS_SHEET}'!$A$2:$A$103`
    );
  });

  it("reads back as a workbook the engine finds no error in", async () => {
    const { port } = anExcel(11, AFTER_REFORM);
    await port.createTemplates();
    const result = checkWorkbook(await port.readSheets(), defaultSettings(), {
      today: "2026-03-10",
      reference: ref.current,
    });
    expect(result.typed.locations.products?.sheet).toBe(PRODUCTS.defaultName);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("keeps the 2023 layout before 01/7/2025: no hidden sheet, districts in Danh mục", async () => {
    const { host, port } = anExcel();
    await port.createTemplates();
    expect(host.sheets.map((s) => s.name)).not.toContain(UNITS_SHEET);
    expect(districtSource(host.sheet(PRODUCTS.defaultName))).toBe("='Danh mục'!$A$2:$A$12");
  });
});
