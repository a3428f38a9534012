import { defaultSettings, type Settings } from "../../../src/core/settings";
import { workbookSettings } from "../../../src/cli/workbookSettings";
import {
  SETTINGS_KEY,
  SETTINGS_SHEET,
  type DocumentSettings,
} from "../../../src/workbook/excel/settingsStore";
import { FakeExcel, getCell, setCell } from "./fakeExcel";
import { anExcel } from "./portFixture";

function someSettings(): Settings {
  return {
    ...defaultSettings(),
    reportYear: 2023,
    dismissed: [{ code: "fairs.name.missing", sheet: "Hội chợ", cell: "B7" }],
  };
}

function aDocumentStore(): DocumentSettings & {
  saved: Record<string, unknown>;
  data: Record<string, unknown>;
} {
  const data: Record<string, unknown> = {};
  const saved: Record<string, unknown> = {};
  return {
    data,
    saved,
    get: (name) => data[name],
    set: (name, value) => void (data[name] = value),
    saveAsync: (cb) => {
      Object.assign(saved, data);
      cb?.({ status: "succeeded" });
    },
  };
}

const storedSheet = (host: FakeExcel) => host.sheets.find((s) => s.name === SETTINGS_SHEET);

describe("settings in the workbook", () => {
  it("round-trips through the very hidden _ocop_settings sheet the file door and the CLI use (ExcelApi 1.4)", async () => {
    const { host, port } = anExcel(4);
    await port.saveSettings(someSettings());
    const sheet = storedSheet(host)!;
    expect(sheet.visibility).toBe("VeryHidden");
    // The CLI's reading of the same cell (src/cli/workbookSettings.ts).
    expect(workbookSettings(String(getCell(sheet, 1, 1)), {})).toEqual(someSettings());
    expect(host.settings[SETTINGS_KEY]).toBeUndefined();
    expect(await port.loadSettings()).toEqual(someSettings());
  });

  it("reads settings the file door or the CLI wrote, and never reads their sheet as data", async () => {
    const { host, port } = anExcel();
    host.addSheet("Hội chợ", [["Tên hội chợ"], ["Hội chợ OCOP"]]);
    const hidden = host.addSheet(SETTINGS_SHEET, [[JSON.stringify(someSettings())]]);
    hidden.visibility = "VeryHidden";
    expect(await port.loadSettings()).toEqual(someSettings());
    expect((await port.readSheets()).sheets.map((s) => s.name)).toEqual(["Hội chợ"]);
  });

  it("migrates what workbook.settings held: read while the sheet is missing, moved on the next save", async () => {
    const { host, port } = anExcel();
    host.settings[SETTINGS_KEY] = JSON.stringify(someSettings());
    expect(await port.loadSettings()).toEqual(someSettings());
    await port.saveSettings({ ...someSettings(), reportYear: 2024 });
    expect(host.settings[SETTINGS_KEY]).toBeUndefined();
    expect(JSON.parse(String(getCell(storedSheet(host)!, 1, 1)))).toMatchObject({
      reportYear: 2024,
    });
  });

  it("gives the defaults when nothing is stored", async () => {
    const { port } = anExcel();
    expect(await port.loadSettings()).toEqual(defaultSettings());
  });

  it("never crashes on broken stored data: bad JSON gives defaults, a bad field only loses itself", async () => {
    const { host, port } = anExcel();
    const sheet = host.addSheet(SETTINGS_SHEET, [["{not json"]]);
    expect(await port.loadSettings()).toEqual(defaultSettings());
    setCell(sheet, 1, 1, JSON.stringify({ reportYear: "năm ngoái", province: "Đồng Tháp" }));
    expect(await port.loadSettings()).toEqual({ ...defaultSettings(), province: "Đồng Tháp" });
  });

  it("falls back to the document settings and saveAsync before ExcelApi 1.4", async () => {
    const store = aDocumentStore();
    const { port } = anExcel(3, { documentSettings: store });
    await port.saveSettings(someSettings());
    expect(typeof store.saved[SETTINGS_KEY]).toBe("string");
    expect(await port.loadSettings()).toEqual(someSettings());
  });
});
