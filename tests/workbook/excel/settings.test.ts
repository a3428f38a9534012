import { defaultSettings, type Settings } from "../../../src/core/settings";
import { SETTINGS_KEY, type DocumentSettings } from "../../../src/workbook/excel/settingsStore";
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

describe("settings in the workbook", () => {
  it("round-trips through workbook.settings (ExcelApi 1.4)", async () => {
    const { host, port } = anExcel(4);
    await port.saveSettings(someSettings());
    expect(typeof host.settings[SETTINGS_KEY]).toBe("string");
    expect(await port.loadSettings()).toEqual(someSettings());
  });

  it("gives the defaults when nothing is stored", async () => {
    const { port } = anExcel();
    expect(await port.loadSettings()).toEqual(defaultSettings());
  });

  it("never crashes on broken stored data: bad JSON gives defaults, a bad field only loses itself", async () => {
    const { host, port } = anExcel();
    host.settings[SETTINGS_KEY] = "{not json";
    expect(await port.loadSettings()).toEqual(defaultSettings());
    host.settings[SETTINGS_KEY] = JSON.stringify({
      reportYear: "năm ngoái",
      province: "Đồng Tháp",
    });
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
