import { toDoorError } from "../../../src/workbook/excel/errors";
import { PortError } from "../../../src/workbook/port";
import { FakeExcel, FakeOfficeError } from "./fakeExcel";
import { aGridOf, anExcel } from "./portFixture";

describe("the fake Excel (it must be strict for the door's tests to mean anything)", () => {
  it("throws on a property read before load() and sync(), and applies writes only at sync", async () => {
    const host = new FakeExcel(11);
    host.addSheet("S", [["a"]]);
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1");
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.load("values");
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(range.values).toEqual([["a"]]);
      expect(() => range.address).toThrow(/PropertyNotLoaded/);
      range.values = [["b"]];
      expect(host.sheet("S").values[0][0]).toBe("a");
      await context.sync();
      expect(host.sheet("S").values[0][0]).toBe("b");
    });
    expect(host.syncCount).toBe(2);
  });

  it("refuses APIs newer than the host's ExcelApi version at sync, after applying what came before", async () => {
    const host = new FakeExcel(1);
    host.addSheet("S", [["a"]]);
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.getRange("A1").values = [["b"]];
      ws.getRange("A:A").format.columnWidth = 40;
      ws.getRange("B1").values = [["c"]];
      await expect(context.sync()).rejects.toThrow(/ApiNotFound/);
    });
    expect(host.sheet("S").values[0]).toEqual(["b"]);
    expect(host.sheet("S").widths).toEqual({});
    for (const [minor, use] of [
      [3, (c: Excel.RequestContext) => c.workbook.settings.add("k", "v")],
      [
        5,
        (c: Excel.RequestContext) =>
          c.workbook.worksheets.getItem("S").getRange().conditionalFormats.add("Custom"),
      ],
      [
        6,
        (c: Excel.RequestContext) => c.workbook.worksheets.getItem("S").freezePanes.freezeRows(1),
      ],
      [
        7,
        (c: Excel.RequestContext) =>
          void (c.workbook.worksheets.getItem("S").getRange("A2").dataValidation.rule = {}),
      ],
    ] as const) {
      const old = new FakeExcel(minor);
      old.addSheet("S", [["a"]]);
      await old.run(async (context) => {
        use(context);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await expect(context.sync()).rejects.toThrow(/ApiNotFound/);
      });
    }
  });

  it("counts Office.js's request overhead: about 370 bytes per written cell besides its value", async () => {
    const host = new FakeExcel(11);
    host.addSheet("S", [["a"]]);
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      for (let row = 1; row <= 10_000; row++) ws.getRange(`A${row}`).values = [["x"]];
      await context.sync();
    });
    expect(host.syncs[0].request).toBeGreaterThan(3_700_000);
  });
});

describe("the Excel port", () => {
  it("activates the sheet and selects the cell of a finding", async () => {
    const { host, port } = anExcel();
    host.addSheet("Hội chợ", aGridOf(5, 5));
    host.addSheet("Sản phẩm OCOP", aGridOf(5, 5));
    await port.select({ sheet: "Sản phẩm OCOP", row: 4, column: "C" });
    expect(host.activeSheet).toBe("Sản phẩm OCOP");
    expect(host.selection).toEqual({ sheet: "Sản phẩm OCOP", address: "C4" });
    await expect(port.select({ sheet: "Đã xóa", row: 1, column: "A" })).rejects.toMatchObject({
      code: "sheetGone",
      details: { sheet: "Đã xóa" },
    });
  });

  it("reports what this Excel can do and which ExcelApi set brings the rest", () => {
    expect(anExcel(11).port.capabilities).toEqual({
      navigate: true,
      highlight: true,
      dataValidation: true,
      liveMode: true,
      missing: {},
    });
    expect(anExcel(7).port.capabilities.missing).toEqual({
      dataValidation: "ExcelApi 1.8",
      liveMode: "ExcelApi 1.9",
    });
  });

  it("says downloads do not work in Excel on Mac or iPad (WKWebView ignores a.download, office-js #2700)", () => {
    expect(anExcel(11, { platform: "Mac" }).port.capabilities).toMatchObject({
      platform: "Mac",
      canDownload: false,
    });
    expect(anExcel(11, { platform: "iOS" }).port.capabilities.canDownload).toBe(false);
    expect(anExcel(11, { platform: "PC" }).port.capabilities.canDownload).toBe(true);
    expect(anExcel(11, { platform: "OfficeOnline" }).port.capabilities.canDownload).toBe(true);
  });

  it("turns Office error codes into door errors the pane can translate", () => {
    const cases: [string, string][] = [
      ["AccessDenied", "protected"],
      ["InvalidOperationInCellEditMode", "editMode"],
      ["ItemNotFound", "failed"], // which item is unknown: never "sheet  is gone"
      ["ApiNotFound", "unsupported"],
      ["GeneralException", "failed"],
    ];
    for (const [office, door] of cases) {
      const err = toDoorError(new FakeOfficeError(office, "x"));
      expect(err).toBeInstanceOf(PortError);
      expect(err.code).toBe(door);
    }
    expect(
      toDoorError(new FakeOfficeError("ItemNotFound", "x"), { sheet: "Hội chợ" })
    ).toMatchObject({ code: "sheetGone", details: { sheet: "Hội chợ" } });
    expect(
      toDoorError(new FakeOfficeError("AccessDenied", "x"), { sheet: "" }).details
    ).not.toHaveProperty("sheet");
  });

  it("live mode: one call with the edited sheets a moment after the last edit", async () => {
    const { host, port } = anExcel(11, { debounceMs: 30 });
    host.addSheet("Hội chợ", aGridOf(5, 5));
    host.addSheet("Sản phẩm OCOP", aGridOf(5, 5));
    const calls: string[][] = [];
    const stop = await port.onSheetsChanged((sheets) => calls.push(sheets));
    await host.userEdit("Hội chợ", "B2", "x");
    await host.userEdit("Sản phẩm OCOP", "B3", "y");
    await host.userEdit("Hội chợ", "B4", "z");
    expect(calls).toEqual([]);
    await new Promise((r) => setTimeout(r, 80));
    expect(calls).toEqual([["Hội chợ", "Sản phẩm OCOP"]]);
    await stop();
    await host.userEdit("Hội chợ", "B5", "w");
    await new Promise((r) => setTimeout(r, 80));
    expect(calls).toHaveLength(1);
  });

  it("live mode needs ExcelApi 1.9", async () => {
    await expect(anExcel(8).port.onSheetsChanged(() => undefined)).rejects.toMatchObject({
      code: "unsupported",
      details: { requirement: "ExcelApi 1.9" },
    });
  });
});
