import ExcelJS from "exceljs";
import { checkWorkbook } from "../../../src/core/check";
import { findingKey, type Finding } from "../../../src/core/findings";
import { defaultSettings } from "../../../src/core/settings";
import { buildTemplate, templateLists } from "../../../src/core/sheets/template";
import { createFilePort, openXlsx } from "../../../src/workbook/file/filePort";
import { PortError } from "../../../src/workbook/port";
import { readXlsx } from "../../../src/workbook/file/readXlsx";
import { writeXlsx } from "../../../src/workbook/file/writeXlsx";
import { aFair, aGrid, aWorkbook, excelSerial, toXlsxBook } from "../../builders";
import { nationalReferenceOnce } from "../../builders";

const national = nationalReferenceOnce();

const today = { today: "2024-06-01" };
const fairsWith = (...rows: Parameters<typeof aFair>[0][]) =>
  aWorkbook({
    fairs: aGrid(
      "fairs",
      rows.map((r) => aFair(r)),
      { numberFormats: { startDate: "dd/mm/yyyy", endDate: "dd/mm/yyyy" } }
    ),
  });

const aFinding = (over: Partial<Finding> = {}): Finding => ({
  severity: "error",
  code: "fairs.name.required",
  sheet: "Hội chợ",
  row: 2,
  column: "B",
  value: "",
  ...over,
});

describe("the file port", () => {
  it("hands the core the grids it was opened with, and the core finds their mistakes", async () => {
    const port = createFilePort(fairsWith({ province: "Thành phố Atlantis" }));
    const raw = await port.readSheets();
    const result = checkWorkbook(raw, await port.loadSettings(), {
      ...today,
      reference: national.current,
    });
    expect(result.findings.map((f) => f.code)).toContain("fairs.province.unknown");
  });

  it("applies a fix the user saw, and undoes it", async () => {
    const port = createFilePort(fairsWith({ name: "Hội chợ  OCOP " }));
    const before = (await port.readSheets()).sheets[0].values[1][1];
    await port.applyFixes([
      { sheet: "Hội chợ", row: 2, column: "B", oldValue: before, newValue: "Hội chợ OCOP" },
    ]);
    expect(port.workbook().sheets[0].values[1][1]).toBe("Hội chợ OCOP");
    expect(await port.undoLastFix()).toBe(true);
    expect(port.workbook().sheets[0].values[1][1]).toBe(before);
    expect(await port.undoLastFix()).toBe(false);
  });

  it("refuses a whole batch when one cell no longer holds what the user saw", async () => {
    const port = createFilePort(fairsWith({ name: "A", organizer: "B" }));
    const fixes = [
      { sheet: "Hội chợ", row: 2, column: "B", oldValue: "A", newValue: "A2" },
      { sheet: "Hội chợ", row: 2, column: "F", oldValue: "not B", newValue: "B2" },
    ];
    // The same error, with the same code, as the Excel door's: the pane needs no door's classes.
    const refusal = port.applyFixes(fixes);
    await expect(refusal).rejects.toBeInstanceOf(PortError);
    await expect(refusal).rejects.toMatchObject({
      code: "changed",
      details: { cells: ["Hội chợ!F2"] },
    });
    expect(port.workbook().sheets[0].values[1][1]).toBe("A");
  });

  it("keeps settings (dismissals) in the workbook it downloads", async () => {
    const port = createFilePort(fairsWith({}));
    const settings = {
      ...defaultSettings(),
      reportYear: 2023,
      dismissed: [{ code: "x", sheet: "Hội chợ", cell: "B2" }],
    };
    await port.saveSettings(settings);
    const reopened = await openXlsx(await port.toXlsx());
    expect(await reopened.loadSettings()).toEqual(settings);
  });

  it("reads broken settings JSON as the defaults", async () => {
    const port = createFilePort(fairsWith({}), { settingsJson: "{not json" });
    expect(await port.loadSettings()).toEqual(defaultSettings());
  });

  it("downloads the grids with the fixes applied and dates still dates", async () => {
    const port = createFilePort(
      fairsWith({ name: "Hội chợ  OCOP", startDate: excelSerial("2023-09-14") })
    );
    await port.applyFixes([
      {
        sheet: "Hội chợ",
        row: 2,
        column: "B",
        oldValue: "Hội chợ  OCOP",
        newValue: "Hội chợ OCOP",
      },
    ]);
    const back = await readXlsx(await port.toXlsx());
    const fairs = back.workbook.sheets[0];
    expect(fairs.values[1][1]).toBe("Hội chợ OCOP");
    expect(fairs.values[1][3]).toBe(excelSerial("2023-09-14"));
    expect(fairs.numberFormats?.[1][3]).toBe("dd/mm/yyyy");
  });

  it("opens an .xlsx written by the file door, settings sheet aside", async () => {
    const bytes = await writeXlsx(
      toXlsxBook(fairsWith({}), JSON.stringify({ province: "Kiên Giang" }))
    );
    const port = await openXlsx(bytes);
    expect(port.workbook().sheets.map((s) => s.name)).toEqual(["Hội chợ"]);
    expect((await port.loadSettings()).province).toBe("Kiên Giang");
  });

  it("tells the pane which cell to show, with its neighbours", async () => {
    const shown: string[] = [];
    const port = createFilePort(
      fairsWith({ fairCode: "HC-1" }, { fairCode: "HC-2", startDate: excelSerial("2023-09-14") }),
      {
        onSelect: (ref) => shown.push(`${ref.column}${ref.row}`),
      }
    );
    await port.select({ sheet: "Hội chợ", row: 3, column: "A" });
    expect(shown).toEqual(["A3"]);
    const w = port.cellWindow({ sheet: "Hội chợ", row: 3, column: "A" }, 1)!;
    expect(w.rows).toEqual([2, 3, 4]);
    expect(w.columns).toEqual(["A", "B"]);
    expect(w.values[0][0]).toBe("HC-1");
    expect(w.values[1][0]).toBe("HC-2");
    expect(w.values[2][0]).toBe("");
    const right = port.cellWindow({ sheet: "Hội chợ", row: 3, column: "D" }, 0)!;
    expect(right.text).toEqual([["14/09/2023"]]);
  });

  it("does not offer highlights, which the downloaded workbook would not carry, nor calls them missing", () => {
    const port = createFilePort(fairsWith({}));
    expect(port.capabilities.highlight).toBe(false);
    expect(port.capabilities.missing.highlight).toBeUndefined();
  });

  it("marks findings in memory and clears every mark", async () => {
    const port = createFilePort(fairsWith({}));
    const f = aFinding();
    expect(await port.highlight([f, aFinding({ row: 3 })])).toEqual({ marked: 2, skipped: 0 });
    expect(port.highlighted().has(findingKey(f))).toBe(true);
    await port.clearHighlights();
    expect(port.highlighted().size).toBe(0);
  });

  it("names the marked cells as cells, even on a sheet whose name holds a bar", async () => {
    const port = createFilePort(fairsWith({}));
    await port.highlight([aFinding({ sheet: "Hội chợ | 2023", row: 7, column: "D" })]);
    expect(port.highlightedCells()).toEqual([{ sheet: "Hội chợ | 2023", row: 7, column: "D" }]);
  });

  it("creates the missing template sheets, keeps the ones there, and downloads their dropdowns", async () => {
    const template = buildTemplate(templateLists(defaultSettings(), "2024-01-01"));
    const port = createFilePort(fairsWith({}), { template: () => template });
    const result = await port.createTemplates();
    expect(result.kept).toEqual(["Hội chợ"]);
    expect(result.created).toEqual([
      "Sản phẩm trưng bày",
      "Sản phẩm OCOP",
      "Tập huấn",
      "Hội đồng",
      "Danh mục",
    ]);
    const back = await readXlsx(await port.toXlsx());
    expect(back.workbook.sheets.map((s) => s.name)).toEqual(["Hội chợ", ...result.created]);
    expect(back.workbook.sheets[1].values[0]).toEqual(
      template.tracking[1].columns.map((c) => c.header)
    );
  });
});

/** A file with what a values-only rebuild would lose: a formula, a fill, a merge, a dropdown. */
async function aDressedWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Hội chợ");
  ws.addRow(["Mã", "Tên hội chợ", "Số gian hàng", "Gấp đôi"]);
  ws.addRow(["HC-1", "Hội chợ  OCOP", 12, { formula: "C2*2", result: 24 }]);
  ws.getCell("A1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.mergeCells("A4:B4");
  ws.getCell("A4").value = "Ghi chú chung";
  ws.getColumn(2).width = 40;
  (
    ws as unknown as { dataValidations: { add(r: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations.add("C2:C10", { type: "whole", operator: "greaterThan", formulae: [0] });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("downloading a workbook opened from a file", () => {
  it("writes only the fixed cells, keeping formulas, fills, merges, widths and dropdowns", async () => {
    const port = await openXlsx(await aDressedWorkbook());
    await port.applyFixes([
      {
        sheet: "Hội chợ",
        row: 2,
        column: "B",
        oldValue: "Hội chợ  OCOP",
        newValue: "Hội chợ OCOP",
      },
    ]);
    await port.saveSettings({ ...defaultSettings(), province: "An Giang" });
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await port.toXlsx()) as unknown as ExcelJS.Buffer);
    const ws = back.getWorksheet("Hội chợ")!;
    expect(ws.getCell("B2").value).toBe("Hội chợ OCOP");
    expect(ws.getCell("D2").value).toMatchObject({ formula: "C2*2" });
    expect(ws.getCell("A1").fill).toMatchObject({ fgColor: { argb: "FFFFFF00" } });
    expect(ws.getCell("B4").isMerged).toBe(true);
    expect(ws.getColumn(2).width).toBe(40);
    expect(ws.getCell("C5").dataValidation).toMatchObject({ type: "whole", formulae: [0] });
    const reopened = await openXlsx(await port.toXlsx());
    expect((await reopened.loadSettings()).province).toBe("An Giang");
  });

  it("adds the template's sheets, with their dropdowns, to the file as opened", async () => {
    const template = buildTemplate(templateLists(defaultSettings(), "2024-01-01"));
    const port = await openXlsx(await aDressedWorkbook(), { template: () => template });
    const { created } = await port.createTemplates();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await port.toXlsx()) as unknown as ExcelJS.Buffer);
    expect(back.worksheets.map((w) => w.name)).toEqual(["Hội chợ", ...created]);
    expect(back.getWorksheet("Hội chợ")!.getCell("D2").value).toMatchObject({ formula: "C2*2" });
    const products = back.getWorksheet(template.tracking[2].name)!;
    expect(products.getRow(1).values).toEqual([
      undefined,
      ...template.tracking[2].columns.map((c) => c.header),
    ]);
    const dropdowns = (
      products as unknown as { dataValidations: { model: Record<string, { type: string }> } }
    ).dataValidations.model;
    expect(Object.values(dropdowns).some((v) => v.type === "list")).toBe(true);
  });

  it("rebuilds the sample, which has no file behind it, from its values", async () => {
    const port = createFilePort(fairsWith({ name: "Hội chợ OCOP" }));
    const back = await readXlsx(await port.toXlsx());
    expect(back.workbook.sheets[0].values[1][1]).toBe("Hội chợ OCOP");
  });
});
