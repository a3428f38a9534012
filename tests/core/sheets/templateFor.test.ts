import { defaultSettings } from "../../../src/core/settings";
import { COMMUNE_HEADER, UNITS_SHEET } from "../../../src/core/sheets/template";
import { templateFor } from "../../../src/core/sheets/templateFor";

const headerOfUnits = (t: Awaited<ReturnType<typeof templateFor>>) =>
  t.tracking.map((s) => s.columns.find((c) => c.key === "district")?.header);

describe("templateFor", () => {
  it("from 01/7/2025 lists the province's communes with their types on the hidden sheet", async () => {
    const t = await templateFor({ ...defaultSettings(), province: "Đồng Tháp" }, "2025-07-01");
    expect(t.units?.name).toBe(UNITS_SHEET);
    expect(t.units?.hidden).toBe(true);
    const names = t.units!.rows.map((r) => r[0]);
    expect(names.every((n) => /^(xã|phường|đặc khu) /.test(String(n)))).toBe(true);
    expect(t.sources.districts?.formula).toBe(`'${UNITS_SHEET}'!$A$2:$A$${names.length + 1}`);
    expect(headerOfUnits(t).filter((h) => h !== undefined)).toEqual([
      COMMUNE_HEADER,
      COMMUNE_HEADER,
    ]);
  });

  it("the day before, keeps An Giang's 2023 districts in Danh mục and the old header", async () => {
    const t = await templateFor(defaultSettings(), "2025-06-30");
    expect(t.units).toBeUndefined();
    expect(t.sources.districts?.formula).toBe("'Danh mục'!$A$2:$A$12");
    expect(headerOfUnits(t)).not.toContain(COMMUNE_HEADER);
  });

  it("uses the user's own units, in Danh mục, over the reference", async () => {
    const settings = {
      ...defaultSettings(),
      units: [{ name: "Mỹ Hòa Hưng", type: "xã", aliases: [], formerTypes: [] }],
    };
    const t = await templateFor(settings, "2026-03-01");
    expect(t.units).toBeUndefined();
    expect(t.sources.districts?.formula).toBe("'Danh mục'!$A$2:$A$2");
  });

  it("gives no unit dropdown for a province the reference does not know", async () => {
    const t = await templateFor({ ...defaultSettings(), province: "An Giag" }, "2026-03-01");
    expect(t.units).toBeUndefined();
    expect(t.sources.districts).toBeUndefined();
  });
});
